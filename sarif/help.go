package sarif

import (
	"cmp"
	"regexp"
	"strings"

	"github.com/flinklint/flinklint/analysis"
)

// helpMarkdown is a rule's help.markdown: its Help with paragraphs reflowed
// (GitHub renders help like an issue comment, where every line break is a
// hard break), its Bad and Good examples as fenced code blocks, and a link
// to its documentation (GitHub shows neither helpUri nor informationUri).
func helpMarkdown(r *analysis.Rule) string {
	var parts []string
	if h := strings.TrimSpace(reflow(r.Help)); h != "" {
		parts = append(parts, h)
	} else {
		parts = append(parts, cmp.Or(r.Summary, r.Title, r.ID))
	}
	lang := cmp.Or(r.ExampleLang, "java")
	if ex := trimExample(r.Bad); ex != "" {
		parts = append(parts, "### Bad\n\n"+codeBlock(lang, ex))
	}
	if ex := trimExample(r.Good); ex != "" {
		parts = append(parts, "### Good\n\n"+codeBlock(lang, ex))
	}
	if r.DocURL != "" {
		parts = append(parts, "["+r.ID+" documentation]("+r.DocURL+")")
	}
	return strings.Join(parts, "\n\n")
}

// helpText is a rule's help.text: its Help rendered as plain text (the
// Summary when it has none), followed by its documentation link.
func helpText(r *analysis.Rule) string {
	text := strings.TrimSpace(plainText(reflow(r.Help)))
	if text == "" {
		text = cmp.Or(r.Summary, r.Title, r.ID)
	}
	if r.DocURL != "" {
		text += "\n\nDocumentation: " + r.DocURL
	}
	return text
}

func trimExample(s string) string {
	return strings.TrimLeft(strings.TrimRight(s, " \t\r\n"), "\r\n")
}

// codeBlock fences code with more backticks than any run inside it.
func codeBlock(lang, code string) string {
	longest, run := 0, 0
	for _, c := range code {
		if c == '`' {
			run++
			longest = max(longest, run)
		} else {
			run = 0
		}
	}
	fence := strings.Repeat("`", max(3, longest+1))
	return fence + lang + "\n" + code + "\n" + fence
}

// reflow joins the lines of every markdown paragraph and list item with
// spaces, which is what a soft line break means. Fenced and indented code,
// headings, tables, block quotes, HTML, thematic breaks and hard breaks (a
// line ending in two spaces or a backslash) are kept as they are.
func reflow(md string) string {
	md = strings.ReplaceAll(strings.ReplaceAll(md, "\r\n", "\n"), "\r", "\n")
	var out []string
	var fence string // the open fence, "" outside fenced code
	joinable := false
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimLeft(line, " ")
		indent := len(line) - len(t)
		if fence != "" {
			out = append(out, line)
			if indent < 4 && closesFence(t, fence) {
				fence = ""
			}
			continue
		}
		if f := opensFence(t); f != "" && indent < 4 {
			out = append(out, line)
			fence, joinable = f, false
			continue
		}
		trimmed := strings.TrimSpace(t)
		switch {
		case trimmed == "":
			out = append(out, "")
			joinable = false
		case !joinable && indent >= 4:
			// Indented code: keep its lines apart.
			out = append(out, strings.TrimRight(line, " \t"))
			continue
		case joinable && !startsBlock(t):
			last := &out[len(out)-1]
			*last = strings.TrimRight(*last, " \t") + " " + trimmed
		default:
			out = append(out, strings.TrimRight(line, " \t"))
			joinable = !strings.HasPrefix(t, "#") && !strings.HasPrefix(t, "|") &&
				!strings.HasPrefix(t, ">") && !strings.HasPrefix(t, "<") && !isThematicBreak(t)
		}
		if n := len(out); n > 0 && joinable && (strings.HasSuffix(line, "  ") || strings.HasSuffix(line, "\\")) {
			// A hard break: keep it, and the line that follows.
			out[n-1] = strings.TrimRight(out[n-1], " ")
			if !strings.HasSuffix(out[n-1], "\\") {
				out[n-1] += "\\"
			}
			joinable = false
		}
	}
	return strings.Join(out, "\n")
}

var listItem = regexp.MustCompile(`^([-*+]|\d{1,9}[.)])([ \t]|$)`)

// startsBlock reports whether a line (without its indentation) starts a
// new block instead of continuing a paragraph.
func startsBlock(t string) bool {
	return listItem.MatchString(t) || opensFence(t) != "" || isThematicBreak(t) ||
		strings.HasPrefix(t, "#") || strings.HasPrefix(t, ">") ||
		strings.HasPrefix(t, "|") || strings.HasPrefix(t, "<")
}

// isThematicBreak also matches setext heading underlines ("===", "---").
func isThematicBreak(t string) bool {
	t = strings.TrimSpace(t)
	return len(t) >= 3 && strings.Trim(t, "-=*_ ") == "" && strings.Trim(t, " ") != ""
}

func opensFence(t string) string {
	for _, c := range []string{"`", "~"} {
		n := len(t) - len(strings.TrimLeft(t, c))
		if n >= 3 && !(c == "`" && strings.Contains(t[n:], "`")) {
			return t[:n]
		}
	}
	return ""
}

func closesFence(t, fence string) bool {
	n := len(t) - len(strings.TrimLeft(t, fence[:1]))
	return n >= len(fence) && strings.TrimSpace(t[n:]) == ""
}

// plainText renders reflowed markdown as plain text: fenced code is
// indented by four spaces without its fences, heading markers go, links
// become "text (url)", and code span and strong emphasis markers go.
func plainText(md string) string {
	var out []string
	var fence string
	for _, line := range strings.Split(md, "\n") {
		t := strings.TrimLeft(line, " ")
		indent := len(line) - len(t)
		if fence != "" {
			if indent < 4 && closesFence(t, fence) {
				fence = ""
			} else {
				out = append(out, strings.TrimRight("    "+line, " "))
			}
			continue
		}
		if f := opensFence(t); f != "" && indent < 4 {
			fence = f
			continue
		}
		if h := strings.TrimLeft(t, "#"); len(h) < len(t) && len(t)-len(h) <= 6 && (h == "" || h[0] == ' ') {
			line = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(h), "#"))
		}
		out = append(out, strings.TrimSuffix(plainInline(line), "\\"))
	}
	return strings.Join(out, "\n")
}

var (
	mdLink     = regexp.MustCompile(`!?\[([^\]]*)\]\(<?([^)\s>]*)>?(?:\s+"[^"]*")?\)`)
	mdAutolink = regexp.MustCompile(`<((?:https?|mailto):[^>\s]+)>`)
	mdStrong   = regexp.MustCompile(`\*\*([^*]+)\*\*|__([^_]+)__`)
)

// plainInline strips inline markdown from one line; code spans are kept
// verbatim, without their backticks.
func plainInline(s string) string {
	var b strings.Builder
	for s != "" {
		i := strings.IndexByte(s, '`')
		if i < 0 {
			b.WriteString(plainSpan(s))
			break
		}
		b.WriteString(plainSpan(s[:i]))
		s = s[i:]
		n := len(s) - len(strings.TrimLeft(s, "`"))
		ticks := s[:n]
		end := -1
		for j := n; j < len(s); {
			k := strings.Index(s[j:], ticks)
			if k < 0 {
				break
			}
			k += j
			if m := len(s[k:]) - len(strings.TrimLeft(s[k:], "`")); m == n {
				end = k
				break
			} else {
				j = k + m
			}
		}
		if end < 0 { // no closing run: literal backticks
			b.WriteString(ticks)
			s = s[n:]
			continue
		}
		code := s[n:end]
		if len(code) > 2 && code[0] == ' ' && code[len(code)-1] == ' ' {
			code = code[1 : len(code)-1]
		}
		b.WriteString(code)
		s = s[end+n:]
	}
	return b.String()
}

func plainSpan(s string) string {
	s = mdLink.ReplaceAllStringFunc(s, func(m string) string {
		sub := mdLink.FindStringSubmatch(m)
		text, url := sub[1], sub[2]
		switch {
		case url == "" || url == text:
			return text
		case text == "":
			return url
		}
		return text + " (" + url + ")"
	})
	s = mdAutolink.ReplaceAllString(s, "$1")
	return mdStrong.ReplaceAllString(s, "$1$2")
}

// HelpMarkdown returns a rule's full help as markdown, exactly as SARIF's
// help.markdown carries it (`flinklint explain` prints the same text).
func HelpMarkdown(r *analysis.Rule) string { return helpMarkdown(r) }
