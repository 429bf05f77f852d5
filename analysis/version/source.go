package version

// blankComments returns a copy of a Groovy, Kotlin or Scala build script
// with its // and /* */ comments replaced by spaces (line breaks kept), so
// that patterns never match commented-out code and offsets stay valid.
// String literals are skipped: single- and double-quoted, and triple-quoted
// (three ' or three "), following ${...} interpolations, which may hold
// strings of their own. An unterminated single-line string ends at its line
// break.
func blankComments(src []byte) []byte {
	out := append([]byte(nil), src...)
	type frame struct {
		kind  byte // 'c' code, '"' or '\'' string, 'D' """, 'S' '''
		depth int  // open braces, in an interpolation's code
	}
	stack := []frame{{kind: 'c'}}
	n := len(src)
	at := func(i int, s string) bool {
		return i+len(s) <= n && string(src[i:i+len(s)]) == s
	}
	for i := 0; i < n; {
		top := &stack[len(stack)-1]
		c := src[i]
		switch top.kind {
		case 'c':
			switch {
			case at(i, "//"):
				for i < n && src[i] != '\n' && src[i] != '\r' {
					out[i] = ' '
					i++
				}
			case at(i, "/*"):
				j := i + 2
				for j < n && !at(j, "*/") {
					j++
				}
				j = min(j+2, n)
				for ; i < j; i++ {
					if src[i] != '\n' && src[i] != '\r' {
						out[i] = ' '
					}
				}
			case at(i, `"""`):
				stack = append(stack, frame{kind: 'D'})
				i += 3
			case at(i, `'''`):
				stack = append(stack, frame{kind: 'S'})
				i += 3
			case c == '"' || c == '\'':
				stack = append(stack, frame{kind: c})
				i++
			case c == '{' && len(stack) > 1:
				top.depth++
				i++
			case c == '}' && len(stack) > 1:
				if top.depth == 0 {
					stack = stack[:len(stack)-1]
				} else {
					top.depth--
				}
				i++
			default:
				i++
			}
		case '"', '\'':
			switch {
			case c == '\\':
				i += 2
			case c == top.kind || c == '\n' || c == '\r':
				stack = stack[:len(stack)-1]
				i++
			case c == '$' && top.kind == '"' && at(i, "${"):
				stack = append(stack, frame{kind: 'c'})
				i += 2
			default:
				i++
			}
		default: // 'D', 'S'
			q := `"""`
			if top.kind == 'S' {
				q = `'''`
			}
			switch {
			case c == '\\':
				i += 2
			case at(i, q):
				stack = stack[:len(stack)-1]
				i += 3
			case c == '$' && top.kind == 'D' && at(i, "${"):
				stack = append(stack, frame{kind: 'c'})
				i += 2
			default:
				i++
			}
		}
	}
	return out
}
