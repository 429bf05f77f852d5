// Package textpos converts byte offsets of a text file into flinklint's
// positions (1-based lines, UTF-16 columns), for the readers of non-Java
// files that do not go through the parser.
package textpos

import (
	"bytes"
	"sort"

	"github.com/flinklint/flinklint/parser"
)

// LineIndex converts byte offsets of one file to positions: 1-based lines
// and 1-based columns in UTF-16 code units. Lines end at LF, CR LF or a lone
// CR, as java.util.Properties, XML and SARIF agree.
type LineIndex struct {
	src    []byte
	starts []int // byte offset of each line's first byte
}

func NewLineIndex(src []byte) *LineIndex {
	x := &LineIndex{src: src, starts: []int{0}}
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

// Point returns the 0-based line and the 1-based UTF-16 column of byte
// offset off.
func (x *LineIndex) Point(off int) (line, col int) {
	if off > len(x.src) {
		off = len(x.src)
	}
	line = sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	return line, 1 + parser.UTF16Len(x.src[x.starts[line]:off])
}

// Span returns the position of the bytes [start, end).
func (x *LineIndex) Span(start, end int) parser.Pos {
	if end < start {
		end = start
	}
	l, c := x.Point(start)
	el, ec := x.Point(end)
	return parser.Pos{Line: l + 1, Col: c, EndLine: el + 1, EndCol: ec}
}

var utf8BOM = []byte("\xef\xbb\xbf")

// StripBOM removes a leading UTF-8 byte order mark. Positions are counted
// after it, as editors show the file.
func StripBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, utf8BOM)
}

// Shift moves p by lines and columns (for content embedded in another
// file). The zero position stays zero.
func Shift(p parser.Pos, lines, cols int) parser.Pos {
	if p.IsZero() {
		return p
	}
	p.Line += lines
	p.EndLine += lines
	p.Col += cols
	p.EndCol += cols
	return p
}
