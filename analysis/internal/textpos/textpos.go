// Package textpos holds what the readers of non-Java files (Flink config
// files, manifests, logging configs, build files) share about text: the
// line index (parser.LineIndex, which the Java front end uses too), byte
// order marks, positions of embedded content and invalid UTF-8.
package textpos

import (
	"bytes"
	"unicode/utf8"

	"github.com/flinklint/flinklint/parser"
)

// LineIndex converts byte offsets of one file to positions.
type LineIndex = parser.LineIndex

// NewLineIndex indexes src.
func NewLineIndex(src []byte) *LineIndex { return parser.NewLineIndex(src) }

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
	p.Line += int32(lines)
	p.EndLine += int32(lines)
	p.Col += int32(cols)
	p.EndCol += int32(cols)
	return p
}

// FirstInvalidUTF8 returns the offset of the first byte that is not valid
// UTF-8, or -1.
func FirstInvalidUTF8(b []byte) int {
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
