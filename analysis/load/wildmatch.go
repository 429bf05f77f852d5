package load

import "strings"

// Results of dowild, as in git's wildmatch.c. The two abort values prune the
// backtracking: once the text is exhausted, or once a single "*" has reached
// a "/" it cannot cross, no shorter or longer expansion can succeed.
const (
	wmMatch = iota
	wmNoMatch
	wmAbortAll
	wmAbortToStarStar
)

// wildmatch reports whether text matches the gitignore pattern pattern under
// git's wildmatch rules with WM_PATHNAME (and without WM_CASEFOLD): "*" and
// "?" never match "/", "**" between slashes (or at either end) matches any
// number of directories, "[...]" is a bracket expression ("!" or "^"
// negates, ranges, "[:class:]"), and "\" quotes the next character. It is a
// transcription of dowild in git's wildmatch.c, byte for byte like git, so
// "?" matches one byte of a multi-byte UTF-8 character.
func wildmatch(pattern, text string) bool {
	return dowild(pattern, text) == wmMatch
}

func dowild(p, text string) int {
	pi, ti := 0, 0
	for ; pi < len(p); pi, ti = pi+1, ti+1 {
		pc := p[pi]
		if ti >= len(text) && pc != '*' {
			return wmAbortAll
		}
		var tc byte
		if ti < len(text) {
			tc = text[ti]
		}
		switch pc {
		case '\\':
			// Literal match with the following character; a trailing
			// backslash matches nothing.
			pi++
			if pi >= len(p) || tc != p[pi] {
				return wmNoMatch
			}
		default:
			if tc != pc {
				return wmNoMatch
			}
		case '?':
			if tc == '/' {
				return wmNoMatch
			}
		case '*':
			matchSlash := false
			pi++
			if pi < len(p) && p[pi] == '*' {
				prev := pi - 2
				for pi < len(p) && p[pi] == '*' {
					pi++
				}
				if (prev < 0 || p[prev] == '/') &&
					(pi >= len(p) || p[pi] == '/' || (p[pi] == '\\' && pi+1 < len(p) && p[pi+1] == '/')) {
					// "**/" may match no directory at all: try the rest of
					// the pattern right here first.
					if pi < len(p) && p[pi] == '/' && dowild(p[pi+1:], text[ti:]) == wmMatch {
						return wmMatch
					}
					matchSlash = true
				}
				// Otherwise "**" is an ordinary "*".
			}
			if pi >= len(p) {
				// A trailing "**" matches everything; a trailing "*" only
				// what has no more slashes.
				if !matchSlash && strings.IndexByte(text[ti:], '/') >= 0 {
					return wmNoMatch
				}
				return wmMatch
			}
			if !matchSlash && p[pi] == '/' {
				// One "*" followed by "/" matches the rest of this path
				// element; the loop then consumes both slashes.
				slash := strings.IndexByte(text[ti:], '/')
				if slash < 0 {
					return wmNoMatch
				}
				ti += slash
				continue
			}
			for ti < len(text) {
				// When a literal follows the star, skip ahead to its next
				// occurrence (not past a slash a single "*" cannot cross).
				if !isGlobSpecial(p[pi]) {
					for ti < len(text) && (matchSlash || text[ti] != '/') && text[ti] != p[pi] {
						ti++
					}
					if ti >= len(text) || text[ti] != p[pi] {
						return wmNoMatch
					}
				}
				m := dowild(p[pi:], text[ti:])
				if m != wmNoMatch {
					if !matchSlash || m != wmAbortToStarStar {
						return m
					}
				} else if !matchSlash && text[ti] == '/' {
					return wmAbortToStarStar
				}
				ti++
			}
			return wmAbortAll
		case '[':
			var r int
			pi, r = matchBracket(p, pi, tc)
			if r != wmMatch {
				return r
			}
		}
	}
	if ti < len(text) {
		return wmNoMatch
	}
	return wmMatch
}

// matchBracket matches tc against the bracket expression opening at p[open]
// ("["). It returns the index of the closing "]" and wmMatch, or wmNoMatch,
// or wmAbortAll for an unterminated or malformed expression. As in git, a
// "]" right after "[" or "[!" is a literal, and a bracket never matches "/".
func matchBracket(p string, open int, tc byte) (int, int) {
	at := func(i int) byte {
		if i < len(p) {
			return p[i]
		}
		return 0
	}
	pi := open + 1
	pc := at(pi)
	negated := pc == '!' || pc == '^'
	if negated {
		pi++
		pc = at(pi)
	}
	var prev byte
	matched := false
	for {
		if pi >= len(p) {
			return pi, wmAbortAll
		}
		switch {
		case pc == '\\':
			pi++
			if pi >= len(p) {
				return pi, wmAbortAll
			}
			pc = p[pi]
			if tc == pc {
				matched = true
			}
		case pc == '-' && prev != 0 && pi+1 < len(p) && p[pi+1] != ']':
			pi++
			pc = p[pi]
			if pc == '\\' {
				pi++
				if pi >= len(p) {
					return pi, wmAbortAll
				}
				pc = p[pi]
			}
			if tc <= pc && tc >= prev {
				matched = true
			}
			pc = 0 // a range cannot start a range
		case pc == '[' && at(pi+1) == ':':
			s := pi + 2
			end := strings.IndexByte(p[s:], ']')
			if end < 0 {
				return len(p), wmAbortAll
			}
			end += s
			if end-s-1 < 0 || p[end-1] != ':' {
				// Not "[:class:]": a literal "[".
				if tc == '[' {
					matched = true
				}
				pc = '['
				break
			}
			in, ok := inClass(p[s:end-1], tc)
			if !ok {
				return end, wmAbortAll
			}
			if in {
				matched = true
			}
			pi = end
			pc = 0
		default:
			if tc == pc {
				matched = true
			}
		}
		prev = pc
		pi++
		pc = at(pi)
		if pc == ']' {
			break
		}
	}
	if matched == negated || tc == '/' {
		return pi, wmNoMatch
	}
	return pi, wmMatch
}

// inClass reports whether c is in the POSIX character class name (ASCII
// only, as git's sane_ctype); ok is false for an unknown class.
func inClass(name string, c byte) (in, ok bool) {
	upper := 'A' <= c && c <= 'Z'
	lower := 'a' <= c && c <= 'z'
	digit := '0' <= c && c <= '9'
	switch name {
	case "alnum":
		return upper || lower || digit, true
	case "alpha":
		return upper || lower, true
	case "blank":
		return c == ' ' || c == '\t', true
	case "cntrl":
		return c < 0x20 || c == 0x7f, true
	case "digit":
		return digit, true
	case "graph":
		return 0x21 <= c && c <= 0x7e, true
	case "lower":
		return lower, true
	case "print":
		return 0x20 <= c && c <= 0x7e, true
	case "punct":
		return 0x21 <= c && c <= 0x7e && !upper && !lower && !digit, true
	case "space":
		return c == ' ' || ('\t' <= c && c <= '\r'), true
	case "upper":
		return upper, true
	case "xdigit":
		return digit || ('a' <= c && c <= 'f') || ('A' <= c && c <= 'F'), true
	}
	return false, false
}

func isGlobSpecial(c byte) bool {
	return c == '*' || c == '?' || c == '[' || c == '\\'
}
