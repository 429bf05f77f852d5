// Package props reads Java .properties files the way java.util.Properties
// does, keeping the source position of every value byte. It serves the
// logging-config and build-version readers, which must not depend on each
// other.
package props

import (
	"strings"
	"unicode/utf8"
)

// Property is one key/value pair of a .properties file, with the source
// span of every byte of its value so that a token inside the value can be
// located even when it was written with escapes or continuation lines.
type Property struct {
	Key   string
	Value string
	// spans[i] is the source byte range [start, end) that produced value
	// byte i: an escape sequence spans several source bytes, and the bytes
	// of one multi-byte rune share the rune's range.
	spans [][2]int
	at    int // source offset where the value starts (or would start, when empty)
	Seq   int // the number of the logical line, in file order
}

// Span returns the source byte range of value bytes [from, to).
func (p *Property) Span(from, to int) (start, end int) {
	if len(p.spans) == 0 {
		return p.at, p.at
	}
	if from >= len(p.spans) {
		e := p.spans[len(p.spans)-1][1]
		return e, e
	}
	if to <= from {
		s := p.spans[from][0]
		return s, s
	}
	return p.spans[from][0], p.spans[to-1][1]
}

// KeepMode says what Read keeps of one Property.
type KeepMode int

const (
	Drop      KeepMode = iota // not returned
	KeepValue                 // key and value
	KeepSpans                 // key, value and the source span of every value byte
)

// unit is one byte of a logical line after escape processing.
type unit struct {
	b    byte
	esc  bool // written as an escape: never a separator
	s, e int  // source byte range
}

// Read reads src the way java.util.Properties.load does: natural
// lines end at LF, CR LF or CR; a line whose first non-blank character is
// '#' or '!' is a comment; a line ending in an odd number of backslashes
// continues on the next one, whose leading blanks are dropped; the key ends
// at the first unescaped '=', ':' or blank, and one '=' or ':' surrounded by
// blanks separates it from the value; \t \n \r \f \uXXXX are escapes and a
// backslash before any other character stands for that character. Blanks
// are space, tab and form feed. The last of duplicate keys wins.
//
// keep decides, per key, whether the Property is returned (KeepValue) and
// whether the source spans of its value are kept too (KeepSpans), so that a
// large file costs little more than the values asked for.
func Read(src []byte, keep func(key string) KeepMode) map[string]*Property {
	props := map[string]*Property{}
	var line []unit
	i, n, seq := 0, len(src), 0
	for i < n {
		for i < n && isPropBlank(src[i]) {
			i++
		}
		if i >= n {
			break
		}
		switch src[i] {
		case '\n', '\r':
			i++
			continue
		case '#', '!':
			for i < n && src[i] != '\n' && src[i] != '\r' {
				i++
			}
			continue
		}
		line = line[:0]
		i = readLogicalLine(src, i, &line)
		if p := splitProperty(line, keep); p != nil {
			p.Seq = seq
			props[p.Key] = p
		}
		seq++
	}
	return props
}

// readLogicalLine appends the units of the logical line starting at i and
// returns the offset after its terminator.
func readLogicalLine(src []byte, i int, out *[]unit) int {
	n := len(src)
	for i < n {
		c := src[i]
		switch {
		case c == '\n':
			return i + 1
		case c == '\r':
			if i+1 < n && src[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		case c == '\\':
			if i+1 >= n {
				return n // a backslash at the end of the file is dropped
			}
			d := src[i+1]
			if d == '\n' || d == '\r' {
				i += 2
				if d == '\r' && i < n && src[i] == '\n' {
					i++
				}
				for i < n && isPropBlank(src[i]) {
					i++
				}
				continue
			}
			start := i
			i += 2
			var r rune
			switch d {
			case 't':
				r = '\t'
			case 'n':
				r = '\n'
			case 'r':
				r = '\r'
			case 'f':
				r = '\f'
			case 'u':
				r = 'u' // Java rejects a malformed \u; keep the letter
				if i+4 <= n {
					if v, ok := hex4(src[i : i+4]); ok {
						r = v
						i += 4
					}
				}
			default:
				if d < utf8.RuneSelf {
					r = rune(d)
				} else {
					var size int
					r, size = utf8.DecodeRune(src[i-1:])
					i += size - 1
				}
			}
			var buf [utf8.UTFMax]byte
			for _, b := range buf[:utf8.EncodeRune(buf[:], r)] {
				*out = append(*out, unit{b: b, esc: true, s: start, e: i})
			}
		case c < utf8.RuneSelf:
			*out = append(*out, unit{b: c, s: i, e: i + 1})
			i++
		default:
			_, size := utf8.DecodeRune(src[i:])
			for k := 0; k < size; k++ {
				*out = append(*out, unit{b: src[i+k], s: i, e: i + size})
			}
			i += size
		}
	}
	return n
}

// splitProperty splits a logical line into key and value.
func splitProperty(u []unit, keep func(string) KeepMode) *Property {
	k := 0
	for k < len(u) && (u[k].esc || !isKeyEnd(u[k].b)) {
		k++
	}
	var key strings.Builder
	for _, x := range u[:k] {
		key.WriteByte(x.b)
	}
	mode := keep(key.String())
	if mode == Drop {
		return nil
	}
	v, sep := k, false
skip:
	for ; v < len(u) && !u[v].esc; v++ {
		switch b := u[v].b; {
		case isPropBlank(b):
		case !sep && (b == '=' || b == ':'):
			sep = true
		default:
			break skip
		}
	}
	p := &Property{Key: key.String()}
	val := make([]byte, 0, len(u)-v)
	if mode == KeepSpans {
		p.spans = make([][2]int, 0, len(u)-v)
	}
	for _, x := range u[v:] {
		val = append(val, x.b)
		if mode == KeepSpans {
			p.spans = append(p.spans, [2]int{x.s, x.e})
		}
	}
	p.Value = string(val)
	switch {
	case v < len(u):
		p.at = u[v].s
	case len(u) > 0:
		p.at = u[len(u)-1].e
	}
	return p
}

func isKeyEnd(b byte) bool { return b == '=' || b == ':' || isPropBlank(b) }

func isPropBlank(b byte) bool { return b == ' ' || b == '\t' || b == '\f' }

func hex4(b []byte) (rune, bool) {
	var r rune
	for _, c := range b {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
