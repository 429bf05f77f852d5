package config

import (
	"sort"
	"unicode/utf8"

	"github.com/flinklint/flinklint/parser"
)

// lineIndex converts byte offsets of one file to positions: 1-based lines
// and 1-based columns in UTF-16 code units. Lines end at LF, CR LF or a lone
// CR, as Java's readLine, YAML and SARIF agree. An invalid UTF-8 byte counts
// as one code unit (it reads as U+FFFD).
type lineIndex struct {
	src    []byte
	starts []int // byte offset of each line's first byte
	// The last column computed, to continue from: tokens come mostly in
	// order, and a long line must not be rescanned for each of them.
	cLine, cOff, cCol int
}

func newLineIndex(src []byte) *lineIndex {
	x := &lineIndex{src: src, starts: []int{0}, cLine: -1}
	for i := 0; i < len(src); i++ {
		switch src[i] {
		case '\n':
			x.starts = append(x.starts, i+1)
		case '\r':
			if i+1 < len(src) && src[i+1] == '\n' {
				i++
			}
			x.starts = append(x.starts, i+1)
		}
	}
	return x
}

// count is the number of lines (a final line break does not open a line
// that would hold nothing, but it is counted: positions never point there).
func (x *lineIndex) count() int { return len(x.starts) }

// line returns the 0-based line holding byte offset off.
func (x *lineIndex) line(off int) int {
	return sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
}

// bounds returns line i's content [start, end), without its line break.
func (x *lineIndex) bounds(i int) (start, end int) {
	start = x.starts[i]
	end = len(x.src)
	if i+1 < len(x.starts) {
		end = x.starts[i+1]
		if end > start && x.src[end-1] == '\n' {
			end--
		}
		if end > start && x.src[end-1] == '\r' {
			end--
		}
	}
	return start, end
}

// col returns the 1-based UTF-16 column of byte offset off on line i.
func (x *lineIndex) col(i, off int) int {
	from, col := x.starts[i], 1
	if x.cLine == i && x.cOff <= off {
		from, col = x.cOff, x.cCol
	}
	col += utf16Len(x.src[from:off])
	x.cLine, x.cOff, x.cCol = i, off, col
	return col
}

// span returns the position of the bytes [start, end). An empty span is a
// point (EndCol == Col).
func (x *lineIndex) span(start, end int) parser.Pos {
	if end < start {
		end = start
	}
	l := x.line(start)
	p := parser.Pos{Line: l + 1, Col: x.col(l, start)}
	el := l
	if end > start {
		el = x.line(end - 1)
	}
	p.EndLine = el + 1
	p.EndCol = x.col(el, end)
	return p
}

// lineSpan returns the position of line i's content without its leading
// and trailing blanks (the whole line when it is blank).
func (x *lineIndex) lineSpan(i int) parser.Pos {
	start, end := x.bounds(i)
	s, e := start, end
	for s < e && (x.src[s] == ' ' || x.src[s] == '\t') {
		s++
	}
	for e > s && (x.src[e-1] == ' ' || x.src[e-1] == '\t') {
		e--
	}
	if s == e {
		s, e = start, end
	}
	return x.span(s, e)
}

// utf16Len counts the UTF-16 code units of b.
func utf16Len(b []byte) int {
	n := 0
	for len(b) > 0 {
		if b[0] < utf8.RuneSelf {
			n++
			b = b[1:]
			continue
		}
		r, size := utf8.DecodeRune(b)
		if r >= 0x10000 {
			n += 2
		} else {
			n++
		}
		b = b[size:]
	}
	return n
}

// firstInvalidUTF8 returns the offset of the first byte that is not valid
// UTF-8, or -1.
func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		if b[i] < utf8.RuneSelf {
			i++
			continue
		}
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return -1
}
