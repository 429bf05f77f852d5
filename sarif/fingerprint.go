package sarif

import (
	"strconv"
	"unicode/utf8"
)

// PrimaryLocationLineHash is the partialFingerprints key GitHub code
// scanning uses to track an alert across commits.
const PrimaryLocationLineHash = "primaryLocationLineHash"

// The constants of the rolling hash in github/codeql-action src/fingerprints.ts.
const (
	hashBlockSize = 100   // characters hashed per line
	hashMod       = 37    // polynomial base
	hashEOF       = 65535 // fed once after the last character
)

// hashFirstMod is hashMod^hashBlockSize with 64-bit wrap-around: the weight
// of the character that leaves the window.
var hashFirstMod = func() uint64 {
	m := uint64(1)
	for range hashBlockSize {
		m *= hashMod
	}
	return m
}()

// LineHashes returns the primaryLocationLineHash value for every 1-based
// line of content (index 0 unused), exactly as codeql-action computes it
// when upload-sarif fills in missing fingerprints.
//
// It is a port of hash() in github/codeql-action src/fingerprints.ts
// (commit f3f1edbedfb4a1d188d344570834df2996d45d39): content is decoded as
// UTF-8 the way Node does (each maximal invalid subsequence becomes one
// U+FFFD, a BOM is kept) and walked in UTF-16 code units; spaces and tabs
// are skipped, CR and CRLF count as LF. The hash of a line covers the
// 100 kept code units that start at its first kept one, running on into
// the following lines and then into an end-of-file marker (65535) and
// zeros. It is a base-37 polynomial over 64-bit integers with wrap-around,
// printed as unsigned hex and followed by ":n", where n counts how many
// earlier lines of the file have the same hash.
//
// The result has one entry per line as String.split(/\r\n|\r|\n/) counts
// them, plus index 0: content ending in a line break has a last, empty
// line, and empty content has one line.
func LineHashes(content []byte) []string {
	h := lineHasher{hashes: []string{""}, counts: make(map[uint64]int)}
	for i := range hashBlockSize {
		h.lineNumbers[i] = -1
	}
	h.lineStart = true
	decodeUTF16(content, h.processCharacter)
	h.processCharacter(hashEOF)
	// Flush the lines whose window reaches past the end of the file.
	for range hashBlockSize {
		if h.lineNumbers[h.index] != -1 {
			h.outputHash()
		}
		h.updateHash(0)
	}
	return h.hashes
}

// lineHasher is the state of hash() in fingerprints.ts.
type lineHasher struct {
	window      [hashBlockSize]uint64
	lineNumbers [hashBlockSize]int // the line starting at that window slot, or -1
	hash        uint64
	index       int
	lineNumber  int
	lineStart   bool
	prevCR      bool
	counts      map[uint64]int
	hashes      []string
}

func (h *lineHasher) outputHash() {
	h.counts[h.hash]++
	v := strconv.FormatUint(h.hash, 16) + ":" + strconv.Itoa(h.counts[h.hash])
	// Lines come out in order: a slot is reused only after every earlier
	// slot has been.
	if ln := h.lineNumbers[h.index]; ln == len(h.hashes) {
		h.hashes = append(h.hashes, v)
	}
	h.lineNumbers[h.index] = -1
}

func (h *lineHasher) updateHash(current uint64) {
	begin := h.window[h.index]
	h.window[h.index] = current
	h.hash = hashMod*h.hash + current - hashFirstMod*begin
	h.index = (h.index + 1) % hashBlockSize
}

func (h *lineHasher) processCharacter(current uint64) {
	const (
		tab   = '\t'
		space = ' '
		lf    = '\n'
		cr    = '\r'
	)
	// Skip tabs, spaces, and a line feed that directly follows a CR.
	if current == space || current == tab || (h.prevCR && current == lf) {
		h.prevCR = false
		return
	}
	if current == cr {
		current = lf
		h.prevCR = true
	} else {
		h.prevCR = false
	}
	if h.lineNumbers[h.index] != -1 {
		h.outputHash()
	}
	if h.lineStart {
		h.lineStart = false
		h.lineNumber++
		h.lineNumbers[h.index] = h.lineNumber
	}
	if current == lf {
		h.lineStart = true
	}
	h.updateHash(current)
}

// decodeUTF16 calls emit with every UTF-16 code unit of the UTF-8 text b,
// decoded as the WHATWG Encoding Standard (and so Node's "utf8" decoding)
// does: every maximal subpart of an ill-formed sequence becomes one U+FFFD.
// Go's utf8.DecodeRune differs only there (one U+FFFD per byte), so the
// slow path is taken only when a sequence is invalid.
func decodeUTF16(b []byte, emit func(uint64)) {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			size = invalidPrefixLen(b)
		}
		if r >= 0x10000 {
			r -= 0x10000
			emit(uint64(0xD800 + r>>10))
			emit(uint64(0xDC00 + r&0x3FF))
		} else {
			emit(uint64(r))
		}
		b = b[size:]
	}
}

// invalidPrefixLen returns the length of the maximal subpart of the
// ill-formed sequence that starts b: the lead byte and the continuation
// bytes that were valid for it before the sequence broke off (at least 1).
func invalidPrefixLen(b []byte) int {
	var need int
	lower, upper := byte(0x80), byte(0xBF)
	switch c := b[0]; {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c >= 0xE0 && c <= 0xEF:
		need = 2
		if c == 0xE0 {
			lower = 0xA0
		} else if c == 0xED {
			upper = 0x9F
		}
	case c >= 0xF0 && c <= 0xF4:
		need = 3
		if c == 0xF0 {
			lower = 0x90
		} else if c == 0xF4 {
			upper = 0x8F
		}
	default:
		return 1
	}
	n := 1
	for ; n <= need && n < len(b); n++ {
		if b[n] < lower || b[n] > upper {
			break
		}
		lower, upper = 0x80, 0xBF
	}
	return n
}
