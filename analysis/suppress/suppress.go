// Package suppress finds inline suppressions and applies them to findings
// (SPEC §6):
//
//	// flinklint:ignore UID001 -- reason        before a statement, or at the end of one of its lines
//	@SuppressWarnings("flinklint:UID001")       on a class, method or field
//	# flinklint:ignore CFG006 -- reason         in YAML and .properties files
//	<!-- flinklint:ignore OBS003 -- reason -->  in XML files
//
// A Java ignore covers the whole statement, however many lines the chain
// spans. A suppression without a reason, naming an unknown rule, or that
// matches no finding is reported as a notification (like staticcheck's
// lint:ignore), so stale ignores do not pile up.
//
// It reads the parser's syntax facts and raw config text; it knows nothing
// of jobs or settings.
package suppress

import (
	"regexp"
	"sort"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

// Directive is one suppression.
type Directive struct {
	Rules  []string // as written: ids or names
	Reason string
	Loc    parser.Location // the comment or annotation
	// Scope is the range of lines it covers (inclusive).
	FromLine, ToLine int
	// Annotation marks @SuppressWarnings, which has no room for a reason.
	Annotation bool
	used       map[string]bool
}

var ignoreRe = regexp.MustCompile(`flinklint:ignore\s+([A-Za-z0-9_,\- ]+?)(?:\s+--\s*(.*?))?\s*(?:\*/|-->)?\s*$`)

// parseIgnore parses the text of a comment; ok is false when it holds no
// flinklint:ignore.
func parseIgnore(text string) (rules []string, reason string, ok bool) {
	i := strings.Index(text, "flinklint:ignore")
	if i < 0 {
		return nil, "", false
	}
	m := ignoreRe.FindStringSubmatch(text[i:])
	if m == nil {
		return nil, "", true // malformed: reported as naming no rule
	}
	for _, r := range strings.FieldsFunc(m[1], func(r rune) bool { return r == ',' || r == ' ' }) {
		rules = append(rules, r)
	}
	return rules, strings.TrimSpace(m[2]), true
}

// JavaDirectives extracts the suppressions of a parsed Java file.
func JavaDirectives(f *parser.File) []*Directive {
	stmts := statementSpans(f)
	var out []*Directive
	for _, c := range f.Comments {
		rules, reason, ok := parseIgnore(c.Text)
		if !ok {
			continue
		}
		d := &Directive{Rules: rules, Reason: reason, Loc: parser.Location{Path: f.Path, Pos: c.Pos}}
		if s, found := innermostOnLine(stmts, c.Pos); found {
			// Trailing comment on a line of a statement: that statement.
			d.FromLine, d.ToLine = int(s.Line), int(s.EndLine)
		} else if s, found := nextStatement(stmts, c.Pos.EndLine); found {
			d.FromLine, d.ToLine = int(s.Line), int(s.EndLine)
		} else {
			d.FromLine, d.ToLine = int(c.Pos.Line), int(c.Pos.EndLine)
		}
		out = append(out, d)
	}
	var visit func(td *parser.TypeDecl)
	annotated := func(anns []parser.Annotation, span parser.Pos) {
		for _, a := range anns {
			if a.Name != "SuppressWarnings" && a.Name != "java.lang.SuppressWarnings" {
				continue
			}
			for _, lit := range stringLits.FindAllString(a.Args, -1) {
				v := strings.Trim(lit, `"`)
				if !strings.HasPrefix(v, "flinklint:") {
					continue
				}
				out = append(out, &Directive{
					Rules: []string{strings.TrimPrefix(v, "flinklint:")}, Annotation: true,
					Loc:      parser.Location{Path: f.Path, Pos: a.Pos},
					FromLine: int(span.Line), ToLine: int(span.EndLine),
				})
			}
		}
	}
	visit = func(td *parser.TypeDecl) {
		annotated(td.Annotations, td.Span)
		for _, fd := range td.Fields {
			annotated(fd.Annotations, fd.Span)
		}
		for _, m := range td.Methods {
			annotated(m.Annotations, m.Span)
		}
		for _, n := range td.Nested {
			visit(n)
		}
	}
	for _, td := range f.Types {
		visit(td)
	}
	return out
}

var stringLits = regexp.MustCompile(`"(?:[^"\\]|\\.)*"`)

// statementSpans lists the ranges of every statement and field declaration.
func statementSpans(f *parser.File) []parser.Pos {
	var out []parser.Pos
	add := func(p parser.Pos) {
		if !p.IsZero() {
			out = append(out, p)
		}
	}
	for _, td := range f.Types {
		parser.Inspect(td, func(n any) bool {
			switch n := n.(type) {
			case *parser.Field:
				add(n.Span)
			case *parser.LocalVar:
				add(n.Stmt)
			case *parser.ExprStmt:
				add(n.Stmt)
			case *parser.Return:
				add(n.Stmt)
			case *parser.If:
				add(n.Stmt)
			case *parser.Loop:
				add(n.Stmt)
			case *parser.Try:
				add(n.Stmt)
			case *parser.Switch:
				add(n.Stmt)
			case *parser.OtherStmt:
				add(n.Stmt)
			}
			return true
		})
	}
	return out
}

// innermostOnLine finds the smallest statement that has code on the
// comment's line before the comment.
func innermostOnLine(stmts []parser.Pos, c parser.Pos) (parser.Pos, bool) {
	var best parser.Pos
	found := false
	for _, s := range stmts {
		if s.Line > c.Line || s.EndLine < c.Line {
			continue
		}
		if s.Line == c.Line && s.Col >= c.Col {
			continue // starts after the comment
		}
		if !found || s.EndLine-s.Line < best.EndLine-best.Line {
			best, found = s, true
		}
	}
	return best, found
}

// nextStatement finds the outermost statement starting first after line.
func nextStatement(stmts []parser.Pos, line int32) (parser.Pos, bool) {
	var best parser.Pos
	found := false
	for _, s := range stmts {
		if s.Line <= line {
			continue
		}
		if !found || s.Line < best.Line || s.Line == best.Line && s.EndLine > best.EndLine {
			best, found = s, true
		}
	}
	return best, found
}

// TextDirectives extracts the suppressions of a YAML, .properties or XML
// file: an ignore on a line of its own covers the next line that holds
// something other than a comment; a trailing ignore covers its own line.
func TextDirectives(path string, src []byte) []*Directive {
	if !strings.Contains(string(src), "flinklint:ignore") {
		return nil
	}
	// Lines end at LF, CR LF or a lone CR, as everywhere (parser.LineIndex).
	idx := parser.NewLineIndex(src)
	lines := make([]string, idx.Count())
	for i := range lines {
		start, end := idx.Bounds(i)
		lines[i] = string(src[start:end])
	}
	var out []*Directive
	for i, line := range lines {
		rules, reason, ok := parseIgnore(line)
		if !ok {
			continue
		}
		n := i + 1
		col := strings.Index(line, "flinklint:ignore")
		d := &Directive{Rules: rules, Reason: reason, Loc: parser.Location{Path: path, Pos: parser.Pos{
			Line: int32(n), Col: int32(parser.UTF16Len([]byte(line[:col])) + 1),
			EndLine: int32(n), EndCol: int32(parser.UTF16Len([]byte(line)) + 1),
		}}}
		trimmed := strings.TrimSpace(line)
		ownLine := strings.HasPrefix(trimmed, "#") || strings.HasPrefix(trimmed, "!") || strings.HasPrefix(trimmed, "<!--")
		d.FromLine, d.ToLine = n, n
		if ownLine {
			for j := i + 1; j < len(lines); j++ {
				t := strings.TrimSpace(lines[j])
				if t == "" || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "<!--") {
					continue
				}
				d.FromLine, d.ToLine = j+1, j+1
				break
			}
		}
		out = append(out, d)
	}
	return out
}

// Result is what applying suppressions leaves.
type Result struct {
	Kept       []analysis.Diagnostic
	Suppressed []analysis.Diagnostic
	Notes      []analysis.Notification
}

// Notification ids.
const (
	NoteUnused    = "flinklint/unused-ignore"
	NoteNoReason  = "flinklint/ignore-without-reason"
	NoteBadIgnore = "flinklint/unknown-rule-in-ignore"
)

// Apply drops the findings a directive covers and reports directives that
// name unknown rules, give no reason, or cover nothing. known resolves an id
// or a name to a rule id ("" when unknown); enabled tells whether a rule ran
// (an ignore for a rule that did not run is not "unused").
func Apply(diags []analysis.Diagnostic, dirs []*Directive, known func(string) string, enabled func(id string) bool) Result {
	byPath := map[string][]*Directive{}
	var res Result
	for _, d := range dirs {
		d.used = map[string]bool{}
		byPath[d.Loc.Path] = append(byPath[d.Loc.Path], d)
		note := func(id, msg string) {
			res.Notes = append(res.Notes, analysis.Notification{ID: id, Level: analysis.LevelWarning, Message: msg, Location: d.Loc})
		}
		if len(d.Rules) == 0 {
			note(NoteBadIgnore, "flinklint:ignore names no rule; write `flinklint:ignore RULE -- reason`")
		}
		for _, r := range d.Rules {
			if known(r) == "" {
				note(NoteBadIgnore, "flinklint:ignore names unknown rule "+quote(r)+" (see `flinklint rules`)")
			}
		}
		if d.Reason == "" && !d.Annotation && len(d.Rules) > 0 {
			note(NoteNoReason, "flinklint:ignore without a reason; add `-- why this is fine`")
		}
	}
	for _, diag := range diags {
		suppressed := false
		for _, d := range byPath[diag.Path] {
			if l := int(diag.Pos.Line); l < d.FromLine || l > d.ToLine {
				continue
			}
			for _, r := range d.Rules {
				if id := known(r); id == diag.RuleID || strings.EqualFold(r, "all") {
					d.used[r] = true
					suppressed = true
				}
			}
		}
		if suppressed {
			res.Suppressed = append(res.Suppressed, diag)
		} else {
			res.Kept = append(res.Kept, diag)
		}
	}
	for _, d := range dirs {
		for _, r := range d.Rules {
			id := known(r)
			if id == "" || d.used[r] || !enabled(id) {
				continue
			}
			res.Notes = append(res.Notes, analysis.Notification{ID: NoteUnused, Level: analysis.LevelWarning,
				Message: "flinklint:ignore " + r + " matches no finding; remove it", Location: d.Loc})
		}
	}
	sort.SliceStable(res.Notes, func(i, j int) bool { return res.Notes[i].Pos.Line < res.Notes[j].Pos.Line })
	return res
}

func quote(s string) string { return `"` + s + `"` }
