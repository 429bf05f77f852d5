package config

import (
	"bytes"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/parser"
)

// nestedMsg starts every ProblemNested message.
const nestedMsg = "nested YAML is not read by flink-conf.yaml's line parser"

// ReadLegacy reads a flink-conf.yaml the way Flink's legacy loader does
// (GlobalConfiguration.loadYAMLResource up to 1.18, kept for flink-conf.yaml
// in 1.19 and 1.20): line by line, everything from the first '#' on is a
// comment (even inside a value or quotes: `a: "x#y"` sets `"x`), the rest is
// trimmed and split at the first ": " into a trimmed key and value, and
// quotes are kept as written. Lines without ": " and lines with an empty key
// or value are skipped (ProblemIgnoredLine). Indented lines below a `key:`
// line look like nested YAML, which the parser does not understand: each is a
// ProblemNested and sets nothing here (Flink would set its bare key). The last
// of duplicate keys wins (ProblemDuplicate).
func ReadLegacy(path string, content []byte) *File {
	f := &File{Path: path, Format: Legacy}
	src, bom := stripBOM(content)
	x := textpos.NewLineIndex(src)
	if bom {
		f.Problems = append(f.Problems, Problem{
			Kind:    ProblemEncoding,
			Pos:     x.LineSpan(0),
			Message: "the file starts with a UTF-8 byte order mark, which Flink's legacy parser reads as part of the first key",
		})
	}
	if i := textpos.FirstInvalidUTF8(src); i >= 0 {
		f.Problems = append(f.Problems, Problem{
			Kind:    ProblemEncoding,
			Pos:     x.Span(i, i+1),
			Message: "invalid UTF-8: Flink reads the byte as U+FFFD",
		})
	}
	if i := bytes.IndexByte(src, 0); i >= 0 {
		f.Problems = append(f.Problems, Problem{
			Kind:    ProblemEncoding,
			Pos:     x.Span(i, i+1),
			Message: "NUL byte in a config file",
		})
	}

	r := legacyReader{f: f, src: src, x: x, first: map[string]parser.Pos{}}
	for i := 0; i < x.Count(); i++ {
		r.line(i)
	}
	r.popTo(-1)
	f.Problems = sortProblems(f.Problems)
	return f
}

// legacyParent is a `key:` line whose block may hold nested lines.
type legacyParent struct {
	indent   int
	path     string // dotted path of the parent, as YAML would nest it
	pos      parser.Pos
	nested   bool // the parent line is itself below another parent
	children bool
}

type legacyReader struct {
	f     *File
	src   []byte
	x     *textpos.LineIndex
	stack []legacyParent
	first map[string]parser.Pos
}

func (r *legacyReader) problem(kind ProblemKind, pos parser.Pos, msg string) {
	r.f.Problems = append(r.f.Problems, Problem{Kind: kind, Pos: pos, Message: msg})
}

// popTo closes the parents indented at least indent; a parent that got no
// nested line is a line Flink skips.
func (r *legacyReader) popTo(indent int) {
	for len(r.stack) > 0 && r.stack[len(r.stack)-1].indent >= indent {
		p := r.stack[len(r.stack)-1]
		r.stack = r.stack[:len(r.stack)-1]
		if p.children {
			continue
		}
		if p.nested {
			r.problem(ProblemNested, p.pos, nestedMsg+": the line below "+quoteKey(parentPath(p.path))+" is ignored")
		} else {
			r.problem(ProblemIgnoredLine, p.pos, "key "+quoteKey(p.path)+" has no value; flink-conf.yaml's line parser skips the line")
		}
	}
}

func parentPath(path string) string {
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		return path[:i]
	}
	return path
}

func (r *legacyReader) line(i int) {
	start, end := r.x.Bounds(i)
	raw := r.src[start:end]
	conf := raw
	if h := bytes.IndexByte(raw, '#'); h >= 0 {
		conf = raw[:h]
	}
	s, e := javaTrim(conf, 0, len(conf))
	if s == e {
		return // blank or comment
	}
	indent := s
	r.popTo(indent)
	var under *legacyParent
	if len(r.stack) > 0 {
		under = &r.stack[len(r.stack)-1]
		for j := range r.stack {
			r.stack[j].children = true
		}
	}
	body := conf[s:e]
	bodyPos := r.x.Span(start+s, start+e)

	sep := bytes.Index(body, []byte(": "))
	if sep < 0 {
		if len(body) > 1 && body[len(body)-1] == ':' {
			ks, ke := javaTrim(conf, s, e-1)
			if ks < ke {
				key := strings.ToValidUTF8(string(conf[ks:ke]), "\uFFFD")
				path := key
				if under != nil {
					path = under.path + "." + key
				}
				r.stack = append(r.stack, legacyParent{
					indent: indent,
					path:   path,
					pos:    r.x.Span(start+ks, start+ke),
					nested: under != nil,
				})
				return
			}
		}
		switch {
		case under != nil && body[0] == '-':
			r.problem(ProblemNested, bodyPos, nestedMsg+": the list item below "+quoteKey(under.path)+" is ignored")
		case under != nil:
			r.problem(ProblemNested, bodyPos, nestedMsg+": the line below "+quoteKey(under.path)+" is ignored")
		case bytes.IndexByte(body, ':') > 0:
			r.problem(ProblemIgnoredLine, bodyPos, "not a key-value pair: flink-conf.yaml's line parser needs \": \" (a colon and a space) and skips the line")
		default:
			r.problem(ProblemIgnoredLine, bodyPos, "not a key-value pair; flink-conf.yaml's line parser skips the line")
		}
		return
	}

	ks, ke := javaTrim(conf, s, s+sep)
	vs, ve := javaTrim(conf, s+sep+2, e)
	key := strings.ToValidUTF8(string(conf[ks:ke]), "\uFFFD")
	if under != nil {
		pos := bodyPos
		if ks < ke {
			pos = r.x.Span(start+ks, start+ke)
		}
		r.problem(ProblemNested, pos, nestedMsg+": write "+quoteKey(under.path+"."+key)+" on one line (Flink would set "+quoteKey(key)+")")
		return
	}
	if ks == ke || vs == ve {
		r.problem(ProblemIgnoredLine, bodyPos, "empty key or value; flink-conf.yaml's line parser skips the line")
		return
	}
	ent := Entry{
		Key:      key,
		Value:    strings.ToValidUTF8(string(conf[vs:ve]), "\uFFFD"),
		KeyPos:   r.x.Span(start+ks, start+ke),
		ValuePos: r.x.Span(start+vs, start+ve),
	}
	if firstPos, dup := r.first[key]; dup {
		r.f.Problems = append(r.f.Problems, Problem{
			Kind:    ProblemDuplicate,
			Pos:     ent.KeyPos,
			Message: "duplicate key " + quoteKey(key) + " (first set on line " + strconv.Itoa(int(firstPos.Line)) + "); the last one wins",
			Related: firstPos,
		})
	} else {
		r.first[key] = ent.KeyPos
	}
	r.f.Entries = append(r.f.Entries, ent)
}

// javaTrim narrows b[s:e] like Java's String.trim: it drops every char
// <= U+0020 at both ends (ASCII controls included; bytes of multi-byte UTF-8
// sequences are never <= 0x20).
func javaTrim(b []byte, s, e int) (int, int) {
	for s < e && b[s] <= ' ' {
		s++
	}
	for e > s && b[e-1] <= ' ' {
		e--
	}
	return s, e
}
