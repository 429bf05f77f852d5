package config

import (
	"bytes"
	"cmp"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/parser"
)

// Format is the syntax of a Flink config file.
type Format int

// Formats.
const (
	// Legacy is flink-conf.yaml, read line by line (Flink ≤ 1.20; preferred
	// over config.yaml when both exist in 1.19 and 1.20, gone in 2.0).
	Legacy Format = iota + 1
	// Standard is config.yaml, read as YAML (Flink 1.19+, the only file 2.x
	// reads).
	Standard
)

func (f Format) String() string {
	switch f {
	case Legacy:
		return "legacy"
	case Standard:
		return "standard"
	}
	return "unknown"
}

// File names Flink reads from its conf directory.
const (
	LegacyFileName   = "flink-conf.yaml"
	StandardFileName = "config.yaml"
)

// Entry is one key set in a config file.
type Entry struct {
	// Key as written; nested YAML keys are joined with dots
	// ("high-availability.type").
	Key string
	// Value is the scalar as a string. In a standard file, a list becomes
	// "a;b;c" (items holding ';', ',' or quotes are single-quoted, a map
	// item reads "k1:v1,k2:v2"), the YAML 1.1 booleans Flink's SnakeYAML
	// resolves (yes, on, off, ...) read "true"/"false", and null reads "".
	// A map value is flattened into further entries instead.
	Value string
	// KeyPos is the key token. For entries produced through a YAML alias or
	// merge key, both positions are those of the alias (`*name`) that brings
	// them in.
	KeyPos parser.Pos
	// ValuePos is the value token (zero when nothing is written after the key).
	ValuePos parser.Pos
}

// ProblemKind classifies a Problem, so that rules can pick theirs.
type ProblemKind int

// Problem kinds.
const (
	// ProblemSyntax: YAML that Flink's loader rejects (a parse error, several
	// documents, a top level that is not a mapping, too many aliases).
	ProblemSyntax ProblemKind = iota + 1
	// ProblemIgnoredLine: a flink-conf.yaml line Flink's line parser skips
	// (no ": " separator, empty key or value). Flink only logs a warning.
	ProblemIgnoredLine
	// ProblemNested: nesting in flink-conf.yaml, which the line parser does
	// not understand.
	ProblemNested
	// ProblemDuplicate: a key set twice, also nested vs flat. Related is the
	// first occurrence.
	ProblemDuplicate
	// ProblemEncoding: invalid UTF-8, a NUL byte, a byte order mark in a
	// legacy file.
	ProblemEncoding
)

func (k ProblemKind) String() string {
	switch k {
	case ProblemSyntax:
		return "syntax"
	case ProblemIgnoredLine:
		return "ignored-line"
	case ProblemNested:
		return "nested"
	case ProblemDuplicate:
		return "duplicate"
	case ProblemEncoding:
		return "encoding"
	}
	return "unknown"
}

// Problem is something wrong with a config file itself. Message names keys
// but never a value: values may be secrets.
type Problem struct {
	Kind    ProblemKind
	Pos     parser.Pos
	Message string
	// Related is a second position that explains the problem (the first
	// occurrence of a duplicate key); zero when there is none.
	Related parser.Pos
}

// File is one config file, read.
type File struct {
	Path     string // as given
	Format   Format
	Entries  []Entry   // in file order, duplicates kept
	Problems []Problem // in file order
}

// Read reads a config file in the format its base name implies:
// flink-conf.yaml is legacy, everything else (config.yaml, a file given with
// --flink-config) standard.
func Read(path string, content []byte) *File {
	if filepath.Base(filepath.FromSlash(path)) == LegacyFileName {
		return ReadLegacy(path, content)
	}
	return ReadStandard(path, content)
}

// IsConfigFileName reports whether base is the name of a file Flink reads
// from its conf directory: flink-conf.yaml or config.yaml.
func IsConfigFileName(base string) bool {
	return base == LegacyFileName || base == StandardFileName
}

// Lookup returns the entry that sets canonicalKey, as Flink resolves it: the
// last entry written with exactly that key or, when there is none, the last
// entry whose key Canonical maps to it (a deprecated key). Flink reads an
// option's own key before its deprecated keys, whatever the order in the
// file.
func (f *File) Lookup(canonicalKey string) (Entry, bool) {
	var dep *Entry
	for i := len(f.Entries) - 1; i >= 0; i-- {
		e := &f.Entries[i]
		if e.Key == canonicalKey {
			return *e, true
		}
		if dep == nil && Canonical(e.Key) == canonicalKey {
			dep = e
		}
	}
	if dep != nil {
		return *dep, true
	}
	return Entry{}, false
}

var utf8BOM = []byte("\xef\xbb\xbf")

// stripBOM removes a leading UTF-8 byte order mark.
func stripBOM(b []byte) ([]byte, bool) {
	if bytes.HasPrefix(b, utf8BOM) {
		return b[len(utf8BOM):], true
	}
	return b, false
}

// quoteKey renders a key for a message, shortened when absurdly long.
func quoteKey(k string) string {
	const max = 120
	if len(k) > max {
		cut := max
		for cut > 0 && !isRuneStart(k[cut]) {
			cut--
		}
		k = k[:cut] + "…"
	}
	return strconv.Quote(strings.ToValidUTF8(k, "\uFFFD"))
}

// sortProblems orders problems by position, keeping the order of problems
// at the same place, and drops repeats (an alias read twice reports twice).
func sortProblems(ps []Problem) []Problem {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		if a.Pos.Line != b.Pos.Line {
			return cmp.Compare(a.Pos.Line, b.Pos.Line)
		}
		return cmp.Compare(a.Pos.Col, b.Pos.Col)
	})
	return slices.Compact(ps)
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }
