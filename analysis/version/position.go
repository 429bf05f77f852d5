package version

import (
	"bytes"
	"sort"

	"github.com/flinklint/flinklint/parser"
)

// lineIndex converts byte offsets of one file to positions: 1-based lines
// and 1-based columns in UTF-16 code units. Lines end at LF, CR LF or a lone
// CR, as Java, XML and SARIF agree.
type lineIndex struct {
	src    []byte
	starts []int // byte offset of each line's first byte
}

func newLineIndex(src []byte) *lineIndex {
	x := &lineIndex{src: src, starts: []int{0}}
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

// point returns the 0-based line and the 1-based UTF-16 column of byte
// offset off.
func (x *lineIndex) point(off int) (line, col int) {
	if off > len(x.src) {
		off = len(x.src)
	}
	line = sort.Search(len(x.starts), func(i int) bool { return x.starts[i] > off }) - 1
	return line, 1 + parser.UTF16Len(x.src[x.starts[line]:off])
}

// span returns the position of the bytes [start, end).
func (x *lineIndex) span(start, end int) parser.Pos {
	if end < start {
		end = start
	}
	l, c := x.point(start)
	el, ec := x.point(end)
	return parser.Pos{Line: l + 1, Col: c, EndLine: el + 1, EndCol: ec}
}

var utf8BOM = []byte("\xef\xbb\xbf")

// stripBOM removes a leading UTF-8 byte order mark. Positions are counted
// after it, as editors show the file.
func stripBOM(b []byte) []byte {
	return bytes.TrimPrefix(b, utf8BOM)
}
