package parser

import (
	"sort"
	"unicode/utf16"
	"unicode/utf8"
)

// LineIndex converts byte offsets of one file to flinklint's positions
// (1-based lines, UTF-16 columns). The Java front end and the readers of
// every other file kind (through analysis/internal/textpos) share it, so a
// line means the same everywhere: Java, YAML, java.util.Properties, XML and
// SARIF all end lines at LF, CR LF or a lone CR.
type LineIndex struct {
	src    []byte
	starts []int // byte offset of each line's first byte
	// The line Line found last: callers mostly ask in source order.
	last int
	// The last column computed, so that many tokens on one long line cost
	// one pass over it rather than one pass each.
	cLine, cOff, cCol int
}

// NewLineIndex indexes src.
func NewLineIndex(src []byte) *LineIndex {
	x := &LineIndex{src: src, starts: []int{0}, cLine: -1}
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

// Count is the number of lines (a final line break starts an empty line).
func (x *LineIndex) Count() int { return len(x.starts) }

// Line returns the 0-based line holding byte offset off.
func (x *LineIndex) Line(off int) int {
	if l := x.last; x.starts[l] <= off && (l+1 == len(x.starts) || off < x.starts[l+1]) {
		return l
	}
	x.last = max(sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off })-1, 0)
	return x.last
}

// Bounds returns the byte range of line i's content, its line break excluded.
func (x *LineIndex) Bounds(i int) (start, end int) {
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

// Col returns the 1-based UTF-16 column of byte offset off on line i.
func (x *LineIndex) Col(i, off int) int {
	if off > len(x.src) {
		off = len(x.src)
	}
	from, col := x.starts[i], 1
	if x.cLine == i && x.cOff <= off {
		from, col = x.cOff, x.cCol
	}
	col += UTF16Len(x.src[from:off])
	x.cLine, x.cOff, x.cCol = i, off, col
	return col
}

// Offset is the inverse of Point: the byte offset of 1-based line and
// UTF-16 column col. ok is false when the line does not exist or the
// column lies past the line's end (its line break excluded) or inside a
// character.
func (x *LineIndex) Offset(line, col int) (off int, ok bool) {
	if line < 1 || line > len(x.starts) || col < 1 {
		return 0, false
	}
	start, end := x.Bounds(line - 1)
	off, units := start, 1
	for off < end && units < col {
		r, size := utf8.DecodeRune(x.src[off:end])
		if r == utf8.RuneError && size == 1 {
			units++ // an invalid byte counts as one unit, as in UTF16Len
		} else {
			units += utf16.RuneLen(r)
		}
		off += size
	}
	return off, units == col
}

// Point returns the 0-based line and 1-based UTF-16 column of offset off.
func (x *LineIndex) Point(off int) (line, col int) {
	if off > len(x.src) {
		off = len(x.src)
	}
	line = x.Line(off)
	return line, x.Col(line, off)
}

// Span returns the position of the bytes [start, end). A span ending right
// after a line break ends on that line, not at column 1 of the next.
func (x *LineIndex) Span(start, end int) Pos {
	if end < start {
		end = start
	}
	l := x.Line(start)
	el := l
	if end > start {
		el = x.Line(end - 1)
	}
	// A range that takes in its last line's terminator ends at that line's
	// end, not one or two columns past it.
	if _, le := x.Bounds(el); end > le {
		end = max(le, start)
	}
	return MakePos(l+1, x.Col(l, start), el+1, x.Col(el, end))
}

// LineSpan returns the position of line i's content without its leading
// and trailing blanks (the whole line when it is blank).
func (x *LineIndex) LineSpan(i int) Pos {
	start, end := x.Bounds(i)
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
	return x.Span(s, e)
}
