package config

import (
	"fmt"
	"github.com/flinklint/flinklint/analysis/internal/textpos"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/parser"
)

// P builds a position: line, column, end line, end column (exclusive).
func P(l, c, el, ec int) parser.Pos { return parser.MakePos(l, c, el, ec) }

// E builds an entry.
func E(key, value string, kp, vp parser.Pos) Entry {
	return Entry{Key: key, Value: value, KeyPos: kp, ValuePos: vp}
}

// wantProblem matches a Problem by kind, position and a message fragment.
type wantProblem struct {
	kind ProblemKind
	pos  parser.Pos
	msg  string // substring of Message
}

type readerCase struct {
	name     string
	src      string
	entries  []Entry
	problems []wantProblem
}

func runReaderCases(t *testing.T, read func(string, []byte) *File, cases []readerCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := read("conf/x.yaml", []byte(tc.src))
			checkInvariants(t, f, []byte(tc.src))
			if got, want := fmtEntries(f.Entries), fmtEntries(tc.entries); got != want {
				t.Errorf("entries:\n%s\nwant:\n%s", got, want)
			}
			if len(f.Problems) != len(tc.problems) {
				t.Errorf("problems:\n%s\nwant %d", fmtProblems(f.Problems), len(tc.problems))
				return
			}
			for i, w := range tc.problems {
				p := f.Problems[i]
				if p.Kind != w.kind || p.Pos != w.pos || !strings.Contains(p.Message, w.msg) {
					t.Errorf("problem %d = %s %v %q; want %s %v containing %q", i, p.Kind, p.Pos, p.Message, w.kind, w.pos, w.msg)
				}
			}
		})
	}
}

func fmtEntries(es []Entry) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "  %q = %q key %v value %v\n", e.Key, e.Value, e.KeyPos, e.ValuePos)
	}
	return b.String()
}

func fmtProblems(ps []Problem) string {
	var b strings.Builder
	for _, p := range ps {
		fmt.Fprintf(&b, "  %s %v %q related %v\n", p.Kind, p.Pos, p.Message, p.Related)
	}
	return b.String()
}

// checkInvariants holds for every file: positions lie inside the content,
// start before end, and keys have positions.
func checkInvariants(t *testing.T, f *File, src []byte) {
	t.Helper()
	src, _ = stripBOM(src)
	x := textpos.NewLineIndex(src)
	widths := map[int]int{} // line → UTF-16 width, computed once
	width := func(line int) int {
		if w, ok := widths[line]; ok {
			return w
		}
		s, e := x.Bounds(line - 1)
		widths[line] = parser.UTF16Len(src[s:e])
		return widths[line]
	}
	valid := func(what string, p parser.Pos) {
		if p.IsZero() {
			return
		}
		if p.Line < 1 || int(p.Line) > x.Count() || p.EndLine < p.Line || int(p.EndLine) > x.Count() || p.Col < 1 || (p.EndLine == p.Line && p.EndCol < p.Col) {
			t.Errorf("%s: invalid position %v in %d lines", what, p, x.Count())
			return
		}
		for _, lc := range [][2]int{{int(p.Line), int(p.Col)}, {int(p.EndLine), int(p.EndCol)}} {
			if w := width(lc[0]); lc[1] > w+1 {
				t.Errorf("%s: column %d beyond line %d (%d columns)", what, lc[1], lc[0], w)
			}
		}
	}
	for _, e := range f.Entries {
		if e.KeyPos.IsZero() {
			t.Errorf("entry %q has no key position", e.Key)
		}
		valid("key "+e.Key, e.KeyPos)
		valid("value of "+e.Key, e.ValuePos)
	}
	for _, p := range f.Problems {
		if p.Pos.IsZero() {
			t.Errorf("problem %q has no position", p.Message)
		}
		if p.Kind < ProblemSyntax || p.Kind > ProblemEncoding {
			t.Errorf("problem %q has kind %d", p.Message, p.Kind)
		}
		valid("problem "+p.Message, p.Pos)
		valid("related of "+p.Message, p.Related)
	}
}

func TestReadLegacy(t *testing.T) {
	runReaderCases(t, ReadLegacy, []readerCase{
		{name: "empty", src: ""},
		{name: "comments and blanks", src: "# a comment\n\n   \n  # indented comment\n"},
		{
			name:    "simple",
			src:     "jobmanager.rpc.address: localhost\n",
			entries: []Entry{E("jobmanager.rpc.address", "localhost", P(1, 1, 1, 23), P(1, 25, 1, 34))},
		},
		{
			name:    "comment after value",
			src:     "a: b # c\n",
			entries: []Entry{E("a", "b", P(1, 1, 1, 2), P(1, 4, 1, 5))},
		},
		{
			name:    "comment without space",
			src:     "mykey4: myvalue4# some comments\n",
			entries: []Entry{E("mykey4", "myvalue4", P(1, 1, 1, 7), P(1, 9, 1, 17))},
		},
		{
			// Flink's quirk: the first '#' starts a comment even inside quotes.
			name:    "hash inside quotes",
			src:     `a: "x#y"` + "\n",
			entries: []Entry{E("a", `"x`, P(1, 1, 1, 2), P(1, 4, 1, 6))},
		},
		{
			name:    "quotes are kept",
			src:     `state.backend.type: 'rocksdb'` + "\n",
			entries: []Entry{E("state.backend.type", "'rocksdb'", P(1, 1, 1, 19), P(1, 21, 1, 30))},
		},
		{
			name:    "split at the first colon-space",
			src:     "mykey6: my: value6\n",
			entries: []Entry{E("mykey6", "my: value6", P(1, 1, 1, 7), P(1, 9, 1, 19))},
		},
		{
			name:    "spaces around the separator",
			src:     "  taskmanager.rpc.port  :   6122   \n",
			entries: []Entry{E("taskmanager.rpc.port", "6122", P(1, 3, 1, 23), P(1, 29, 1, 33))},
		},
		{
			name:     "no space after colon",
			src:      "key:value\nok: 1\n",
			entries:  []Entry{E("ok", "1", P(2, 1, 2, 3), P(2, 5, 2, 6))},
			problems: []wantProblem{{ProblemIgnoredLine, P(1, 1, 1, 10), `needs ": "`}},
		},
		{
			name:     "not a pair",
			src:      "just words\n---\n",
			problems: []wantProblem{{ProblemIgnoredLine, P(1, 1, 1, 11), "not a key-value pair"}, {ProblemIgnoredLine, P(2, 1, 2, 4), "not a key-value pair"}},
		},
		{
			name:     "empty key",
			src:      ": value\n",
			problems: []wantProblem{{ProblemIgnoredLine, P(1, 1, 1, 8), "empty key or value"}},
		},
		{
			name:     "key without value",
			src:      "a:\nb: 1\nc: # nothing\n",
			entries:  []Entry{E("b", "1", P(2, 1, 2, 2), P(2, 4, 2, 5))},
			problems: []wantProblem{{ProblemIgnoredLine, P(1, 1, 1, 2), `key "a" has no value`}, {ProblemIgnoredLine, P(3, 1, 3, 2), `key "c" has no value`}},
		},
		{
			name: "duplicate keys, last wins",
			src:  "a: 1\nb: 2\na: 3\na: 4\n",
			entries: []Entry{
				E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5)),
				E("b", "2", P(2, 1, 2, 2), P(2, 4, 2, 5)),
				E("a", "3", P(3, 1, 3, 2), P(3, 4, 3, 5)),
				E("a", "4", P(4, 1, 4, 2), P(4, 4, 4, 5)),
			},
			problems: []wantProblem{
				{ProblemDuplicate, P(3, 1, 3, 2), `duplicate key "a" (first set on line 1); the last one wins`},
				{ProblemDuplicate, P(4, 1, 4, 2), `duplicate key "a" (first set on line 1)`},
			},
		},
		{
			name:    "nested YAML",
			src:     "high-availability:\n  type: zookeeper\n  storageDir: hdfs:///flink/ha\nrest.port: 8081\n",
			entries: []Entry{E("rest.port", "8081", P(4, 1, 4, 10), P(4, 12, 4, 16))},
			problems: []wantProblem{
				{ProblemNested, P(2, 3, 2, 7), `nested YAML is not read by flink-conf.yaml's line parser: write "high-availability.type" on one line (Flink would set "type")`},
				{ProblemNested, P(3, 3, 3, 13), `"high-availability.storageDir"`},
			},
		},
		{
			name: "deeper nesting and lists",
			src:  "a:\n  b:\n    c: 1\n  l:\n    - x\n    - y\n  e:\nz: 2\n",
			entries: []Entry{
				E("z", "2", P(8, 1, 8, 2), P(8, 4, 8, 5)),
			},
			problems: []wantProblem{
				{ProblemNested, P(3, 5, 3, 6), `"a.b.c"`},
				{ProblemNested, P(5, 5, 5, 8), `the list item below "a.l" is ignored`},
				{ProblemNested, P(6, 5, 6, 8), `the list item below "a.l"`},
				{ProblemNested, P(7, 3, 7, 4), `the line below "a" is ignored`},
			},
		},
		{
			// Without a `key:` line above, an indented pair is read (Flink trims it).
			name: "indentation without a parent",
			src:  "a: 1\n  b: 2\n\tc: 3\n",
			entries: []Entry{
				E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5)),
				E("b", "2", P(2, 3, 2, 4), P(2, 6, 2, 7)),
				E("c", "3", P(3, 2, 3, 3), P(3, 5, 3, 6)),
			},
		},
		{
			name: "line endings CRLF and CR",
			src:  "a: 1\r\nb: 2\rc: 3",
			entries: []Entry{
				E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5)),
				E("b", "2", P(2, 1, 2, 2), P(2, 4, 2, 5)),
				E("c", "3", P(3, 1, 3, 2), P(3, 4, 3, 5)),
			},
		},
		{
			// ключ = 4 code units, 😀 = 2 (a surrogate pair), é = 1.
			name: "UTF-16 columns after non-ASCII characters",
			src:  "# é\nключ.😀: знач 😀 x\né: ü\n",
			entries: []Entry{
				E("ключ.😀", "знач 😀 x", P(2, 1, 2, 8), P(2, 10, 2, 19)),
				E("é", "ü", P(3, 1, 3, 2), P(3, 4, 3, 5)),
			},
		},
		{
			name: "invalid UTF-8",
			src:  "a: \xff\xfe\nb: 1\n",
			entries: []Entry{
				E("a", "\uFFFD", P(1, 1, 1, 2), P(1, 4, 1, 6)),
				E("b", "1", P(2, 1, 2, 2), P(2, 4, 2, 5)),
			},
			problems: []wantProblem{{ProblemEncoding, P(1, 4, 1, 5), "invalid UTF-8"}},
		},
		{
			name:     "NUL byte",
			src:      "a: x\x00y\n",
			entries:  []Entry{E("a", "x\x00y", P(1, 1, 1, 2), P(1, 4, 1, 7))},
			problems: []wantProblem{{ProblemEncoding, P(1, 5, 1, 6), "NUL byte"}},
		},
		{
			name:     "byte order mark",
			src:      "\ufeffa: 1\n",
			entries:  []Entry{E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5))},
			problems: []wantProblem{{ProblemEncoding, P(1, 1, 1, 5), "byte order mark"}},
		},
		{
			name:    "no final line break",
			src:     "a: 1",
			entries: []Entry{E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5))},
		},
	})
}

func TestReadLegacyNeverLeaksValues(t *testing.T) {
	src := "password: hunter2\npassword: s3cr3t\nnested:\n  token: t0k3n\nbad:value-xyz\n"
	f := ReadLegacy("flink-conf.yaml", []byte(src))
	if len(f.Problems) == 0 {
		t.Fatal("no problems")
	}
	for _, p := range f.Problems {
		for _, v := range []string{"hunter2", "s3cr3t", "t0k3n", "value-xyz"} {
			if strings.Contains(p.Message, v) {
				t.Errorf("message %q contains the value %q", p.Message, v)
			}
		}
	}
}

func TestRead(t *testing.T) {
	for _, tc := range []struct {
		path string
		want Format
	}{
		{"flink-conf.yaml", Legacy},
		{"conf/flink-conf.yaml", Legacy},
		{"/abs/conf/flink-conf.yaml", Legacy},
		{"config.yaml", Standard},
		{"deploy/conf/config.yaml", Standard},
		{"prod-flink.yaml", Standard},
		{"Flink-Conf.yaml", Standard},
	} {
		f := Read(tc.path, []byte("a: 1\n"))
		if f.Format != tc.want || f.Path != tc.path {
			t.Errorf("Read(%q): format %v path %q, want %v", tc.path, f.Format, f.Path, tc.want)
		}
	}
	// The formats differ: nesting is read only by the standard reader.
	src := []byte("high-availability:\n  type: kubernetes\n")
	if e, ok := Read("conf/config.yaml", src).Lookup("high-availability.type"); !ok || e.Value != "kubernetes" {
		t.Errorf("standard: %v %v", e, ok)
	}
	if _, ok := Read("conf/flink-conf.yaml", src).Lookup("high-availability.type"); ok {
		t.Error("legacy read a nested key")
	}
}

func TestIsConfigFileName(t *testing.T) {
	for base, want := range map[string]bool{
		"flink-conf.yaml": true, "config.yaml": true,
		"flink-conf.yml": false, "config.yml": false, "conf/config.yaml": false, "Config.yaml": false, "": false,
	} {
		if got := IsConfigFileName(base); got != want {
			t.Errorf("IsConfigFileName(%q) = %v, want %v", base, got, want)
		}
	}
}

func TestLookup(t *testing.T) {
	f := ReadLegacy("flink-conf.yaml", []byte(
		"state.backend.type: rocksdb\n"+
			"state.backend: filesystem\n"+ // deprecated key after the current one: Flink still reads state.backend.type
			"state.checkpoints.dir: s3://a\n"+
			"state.backend.fs.checkpointdir: s3://b\n"+ // two deprecated keys: the last one
			"rest.port: 1\nrest.port: 2\n"))
	for _, tc := range []struct{ key, want string }{
		{"state.backend.type", "rocksdb"},
		{"execution.checkpointing.dir", "s3://b"},
		{"rest.port", "2"},
	} {
		e, ok := f.Lookup(tc.key)
		if !ok || e.Value != tc.want {
			t.Errorf("Lookup(%q) = %q, %v; want %q", tc.key, e.Value, ok, tc.want)
		}
	}
	if e, ok := f.Lookup("high-availability.type"); ok {
		t.Errorf("Lookup of an absent key = %v", e)
	}
	g := ReadStandard("config.yaml", []byte("high-availability: zookeeper\n"))
	if e, ok := g.Lookup("high-availability.type"); !ok || e.Value != "zookeeper" || e.Key != "high-availability" {
		t.Errorf("Lookup through a deprecated key = %v, %v", e, ok)
	}
}

func TestReadStandard(t *testing.T) {
	runReaderCases(t, ReadStandard, []readerCase{
		{name: "empty", src: ""},
		{name: "comments only", src: "# nothing\n\n"},
		{name: "null document", src: "~\n"},
		{name: "empty document", src: "---\n"},
		{
			name: "nested and flat keys",
			src:  "high-availability:\n  type: zookeeper\n  storageDir: s3://b/ha\nstate.backend.type: rocksdb\n",
			entries: []Entry{
				E("high-availability.type", "zookeeper", P(2, 3, 2, 7), P(2, 9, 2, 18)),
				E("high-availability.storageDir", "s3://b/ha", P(3, 3, 3, 13), P(3, 15, 3, 24)),
				E("state.backend.type", "rocksdb", P(4, 1, 4, 19), P(4, 21, 4, 28)),
			},
		},
		{
			name: "mixed nested and flat without overlap",
			src:  "a.b: 1\na:\n  c: 2\n",
			entries: []Entry{
				E("a.b", "1", P(1, 1, 1, 4), P(1, 6, 1, 7)),
				E("a.c", "2", P(3, 3, 3, 4), P(3, 6, 3, 7)),
			},
		},
		{
			name: "lists",
			src:  "pipeline.jars: [a.jar, b.jar]\nenv.java.opts.all:\n  - -Xmx1g\n  - '-Dx=1;2'\nempty: []\n",
			entries: []Entry{
				E("pipeline.jars", "a.jar;b.jar", P(1, 1, 1, 14), P(1, 16, 1, 30)),
				E("env.java.opts.all", "-Xmx1g;'-Dx=1;2'", P(2, 1, 2, 18), P(3, 3, 4, 14)),
				E("empty", "", P(5, 1, 5, 6), P(5, 8, 5, 10)),
			},
		},
		{
			// Flink's convertToString: pairs holding ',' and items holding a
			// quote are single-quoted, quotes doubled.
			name:    "list of maps",
			src:     "l:\n  - {k: v, a: 'x,y'}\n  - plain\n",
			entries: []Entry{E("l", "'k:v,''a:x,y''';plain", P(1, 1, 1, 2), P(2, 3, 3, 10))},
		},
		{
			name: "duplicate nested vs flat",
			src:  "a:\n  b: 1\na.b: 2\n",
			entries: []Entry{
				E("a.b", "1", P(2, 3, 2, 4), P(2, 6, 2, 7)),
				E("a.b", "2", P(3, 1, 3, 4), P(3, 6, 3, 7)),
			},
			problems: []wantProblem{{ProblemDuplicate, P(3, 1, 3, 4), `key "a.b" is set twice, nested and flat (first on line 2)`}},
		},
		{
			name: "duplicate in one mapping",
			src:  "a: 1\nb: 2\na: 3\n",
			entries: []Entry{
				E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5)),
				E("b", "2", P(2, 1, 2, 2), P(2, 4, 2, 5)),
				E("a", "3", P(3, 1, 3, 2), P(3, 4, 3, 5)),
			},
			problems: []wantProblem{{ProblemDuplicate, P(3, 1, 3, 2), `duplicate key "a" in one mapping (first on line 1): Flink's YAML loader refuses the file`}},
		},
		{
			name: "duplicate parent in one mapping is reported once",
			src:  "a:\n  x: 1\na:\n  x: 2\n",
			entries: []Entry{
				E("a.x", "1", P(2, 3, 2, 4), P(2, 6, 2, 7)),
				E("a.x", "2", P(4, 3, 4, 4), P(4, 6, 4, 7)),
			},
			problems: []wantProblem{{ProblemDuplicate, P(3, 1, 3, 2), `duplicate key "a" in one mapping`}},
		},
		{
			name:     "broken flow sequence",
			src:      "a: 1\nb: [1, 2\nc: 3\n",
			problems: []wantProblem{{ProblemSyntax, P(2, 1, 2, 9), "invalid YAML: did not find expected ',' or ']'"}},
		},
		{
			name:     "bad indentation",
			src:      "a:\n  b: 1\n c: 2\n",
			problems: []wantProblem{{ProblemSyntax, P(3, 2, 3, 6), "invalid YAML: did not find expected key"}},
		},
		{
			name:     "error on the first line",
			src:      "a: b: c\n",
			problems: []wantProblem{{ProblemSyntax, P(1, 1, 1, 8), "mapping values are not allowed in this context"}},
		},
		{
			name:     "indented pair below a scalar",
			src:      "a: 1\n  b: 2\n",
			problems: []wantProblem{{ProblemSyntax, P(2, 3, 2, 7), "mapping values are not allowed"}},
		},
		{
			name:     "unterminated quote",
			src:      "a: \"x\nb: 2\n",
			problems: []wantProblem{{ProblemSyntax, P(2, 1, 2, 5), "found unexpected end of stream"}},
		},
		{
			name:     "sequence after mapping",
			src:      "- a\nb: 1\n",
			problems: []wantProblem{{ProblemSyntax, P(2, 1, 2, 5), "did not find expected '-' indicator"}},
		},
		{
			name:     "tab indentation",
			src:      "a: 1\n\tb: 2\n",
			problems: []wantProblem{{ProblemSyntax, P(2, 2, 2, 6), "tab character"}},
		},
		{
			name:     "unknown anchor",
			src:      "a: 1\nb: *nope\n",
			problems: []wantProblem{{ProblemSyntax, P(2, 4, 2, 9), "unknown anchor 'nope' referenced"}},
		},
		{
			name:     "two documents",
			src:      "a: 1\n---\nb: 2\n",
			entries:  []Entry{E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5))},
			problems: []wantProblem{{ProblemSyntax, P(2, 1, 2, 4), "a second YAML document"}},
		},
		{
			name:     "top-level list",
			src:      "- a\n- b\n",
			problems: []wantProblem{{ProblemSyntax, P(1, 1, 2, 4), "must be a mapping"}},
		},
		{
			name:     "top-level scalar",
			src:      "hello\n",
			problems: []wantProblem{{ProblemSyntax, P(1, 1, 1, 6), "must be a mapping"}},
		},
		{
			name:     "complex key",
			src:      "? [a]\n: 1\nb: 2\n",
			entries:  []Entry{E("b", "2", P(3, 1, 3, 2), P(3, 4, 3, 5))},
			problems: []wantProblem{{ProblemSyntax, P(1, 3, 1, 6), "used as a key"}},
		},
		{
			name:     "invalid UTF-8",
			src:      "a: 1\nb: \xff\n",
			problems: []wantProblem{{ProblemEncoding, P(2, 4, 2, 5), "invalid UTF-8"}},
		},
		{
			name:     "NUL byte",
			src:      "a: b\x00\n",
			problems: []wantProblem{{ProblemEncoding, P(1, 5, 1, 6), "NUL byte"}},
		},
		{
			name:    "byte order mark",
			src:     "\ufeffa: 1\n",
			entries: []Entry{E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5))},
		},
		{
			// ключ = 4 code units, 😀 = 2 (yaml.v3 counts it as 1 column).
			name:    "UTF-16 columns, block",
			src:     "ключ:\n  😀: значение 😀 x\n",
			entries: []Entry{E("ключ.😀", "значение 😀 x", P(2, 3, 2, 5), P(2, 7, 2, 20))},
		},
		{
			name: "UTF-16 columns, flow",
			src:  "é: {ü: 😀x, k: v}\n",
			entries: []Entry{
				E("é.ü", "😀x", P(1, 5, 1, 6), P(1, 8, 1, 11)),
				E("é.k", "v", P(1, 13, 1, 14), P(1, 16, 1, 17)),
			},
		},
		{
			// yaml.v3 breaks lines at U+2028 too; positions still follow
			// LF / CR LF / CR lines.
			name: "line separator",
			src:  "a: 1\u2028b: 2\n",
			entries: []Entry{
				E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5)),
				E("b", "2", P(1, 6, 1, 7), P(1, 9, 1, 10)),
			},
		},
		{
			name: "CRLF",
			src:  "a:\r\n  b: 1\r\n",
			entries: []Entry{
				E("a.b", "1", P(2, 3, 2, 4), P(2, 6, 2, 7)),
			},
		},
		{
			name: "YAML 1.1 booleans as SnakeYAML loads them",
			src:  "a: yes\nb: 'yes'\nc: Off\nd: !!str on\ne: True\nf: y\n",
			entries: []Entry{
				E("a", "true", P(1, 1, 1, 2), P(1, 4, 1, 7)),
				E("b", "yes", P(2, 1, 2, 2), P(2, 4, 2, 9)),
				E("c", "false", P(3, 1, 3, 2), P(3, 4, 3, 7)),
				E("d", "on", P(4, 1, 4, 2), P(4, 10, 4, 12)),
				E("e", "true", P(5, 1, 5, 2), P(5, 4, 5, 8)),
				E("f", "y", P(6, 1, 6, 2), P(6, 4, 6, 5)),
			},
		},
		{
			name: "nulls",
			src:  "a:\nb: ~\nc: null\nd: ''\n",
			entries: []Entry{
				E("a", "", P(1, 1, 1, 2), parser.Pos{}),
				E("b", "", P(2, 1, 2, 2), P(2, 4, 2, 5)),
				E("c", "", P(3, 1, 3, 2), P(3, 4, 3, 8)),
				E("d", "", P(4, 1, 4, 2), P(4, 4, 4, 6)),
			},
		},
		{
			name: "scalar styles and comments",
			src:  "a: 1 # c\nb: 'x' # c\nurl: http://x:8081/p\nq: \"one\n  two\"\nt: !!str 123\nlit: |\n  line1\n  line2\nfold: >-\n  folded\n",
			entries: []Entry{
				E("a", "1", P(1, 1, 1, 2), P(1, 4, 1, 5)),
				E("b", "x", P(2, 1, 2, 2), P(2, 4, 2, 7)),
				E("url", "http://x:8081/p", P(3, 1, 3, 4), P(3, 6, 3, 21)),
				E("q", "one two", P(4, 1, 4, 2), P(4, 4, 5, 7)),
				E("t", "123", P(6, 1, 6, 2), P(6, 10, 6, 13)),
				E("lit", "line1\nline2\n", P(7, 1, 7, 4), P(7, 6, 7, 7)),
				E("fold", "folded", P(10, 1, 10, 5), P(10, 7, 10, 9)),
			},
		},
		{
			name: "aliases",
			src:  "a: &v 5\nb: *v\nm: &m {x: 1}\nn: *m\n",
			entries: []Entry{
				E("a", "5", P(1, 1, 1, 2), P(1, 7, 1, 8)),
				E("b", "5", P(2, 1, 2, 2), P(2, 4, 2, 6)),
				E("m.x", "1", P(3, 8, 3, 9), P(3, 11, 3, 12)),
				E("n.x", "1", P(4, 4, 4, 6), P(4, 4, 4, 6)),
			},
		},
		{
			// Keys written in the mapping override merged ones, whatever the order.
			name: "merge key",
			src:  "base: &b\n  x: 1\n  y: 2\nc:\n  y: 3\n  <<: *b\n",
			entries: []Entry{
				E("base.x", "1", P(2, 3, 2, 4), P(2, 6, 2, 7)),
				E("base.y", "2", P(3, 3, 3, 4), P(3, 6, 3, 7)),
				E("c.x", "1", P(6, 7, 6, 9), P(6, 7, 6, 9)),
				E("c.y", "3", P(5, 3, 5, 4), P(5, 6, 5, 7)),
			},
		},
		{
			name:     "recursive list alias",
			src:      "a: &x [*x]\n",
			entries:  []Entry{E("a", "", P(1, 1, 1, 2), P(1, 7, 1, 11))},
			problems: []wantProblem{{ProblemSyntax, P(1, 8, 1, 10), "contains it"}},
		},
		{
			name:     "recursive map alias",
			src:      "a: &x {b: *x}\n",
			problems: []wantProblem{{ProblemSyntax, P(1, 11, 1, 13), "contains it"}},
		},
		{
			name:    "non-string keys",
			src:     "1: x\ntrue: y\n~: z\n",
			entries: []Entry{E("1", "x", P(1, 1, 1, 2), P(1, 4, 1, 5)), E("true", "y", P(2, 1, 2, 5), P(2, 7, 2, 8)), E("null", "z", P(3, 1, 3, 2), P(3, 4, 3, 5))},
		},
	})
}

// billionLaughs builds levels of lists, each holding width aliases to the
// level below.
func billionLaughs(levels, width int) string {
	var b strings.Builder
	b.WriteString("l0: &l0 [lol, lol, lol]\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "l%d: &l%d [", i, i)
		for j := 0; j < width; j++ {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*l%d", i-1)
		}
		b.WriteString("]\n")
	}
	return b.String()
}

func TestReadStandardAliasBombs(t *testing.T) {
	for _, tc := range []struct {
		name string
		src  string
		msg  string
	}{
		// 72 collection aliases: SnakeYAML's limit of 50 refuses it.
		{"billion laughs", billionLaughs(8, 9), "more than 50 aliases"},
		// 48 aliases, 3^16 expansion: the expansion budget stops it.
		{"under the alias limit", billionLaughs(16, 3), "aliases expand to more than"},
		// The same through mappings and merge keys.
		{"merge bomb", mergeBomb(16), "aliases expand to more than"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := ReadStandard("config.yaml", []byte(tc.src))
			checkInvariants(t, f, []byte(tc.src))
			if len(f.Entries) != 0 {
				t.Errorf("%d entries from a refused file", len(f.Entries))
			}
			if len(f.Problems) != 1 || f.Problems[0].Kind != ProblemSyntax || !strings.Contains(f.Problems[0].Message, tc.msg) {
				t.Errorf("problems:\n%s\nwant one containing %q", fmtProblems(f.Problems), tc.msg)
			}
		})
	}
	// The 51st alias is the one reported.
	f := ReadStandard("config.yaml", []byte(billionLaughs(8, 9)))
	if len(f.Problems) == 1 && f.Problems[0].Pos != P(7, 35, 7, 38) {
		t.Errorf("reported at %v, want the 51st alias at 7:35", f.Problems[0].Pos)
	}
}

// mergeBomb nests mappings that each merge the previous level twice.
func mergeBomb(levels int) string {
	var b strings.Builder
	b.WriteString("m0: &m0 {a: 1, b: 2}\n")
	for i := 1; i <= levels; i++ {
		fmt.Fprintf(&b, "m%d: &m%d {x: *m%d, y: *m%d, z: *m%d}\n", i, i, i-1, i-1, i-1)
	}
	return b.String()
}

func TestReadStandardNestingLimit(t *testing.T) {
	deep := strings.Repeat("{a: ", 60) + "1" + strings.Repeat("}", 60) + "\n"
	f := ReadStandard("config.yaml", []byte("k: "+deep))
	checkInvariants(t, f, []byte("k: "+deep))
	if len(f.Entries) != 0 || len(f.Problems) != 1 || !strings.Contains(f.Problems[0].Message, "more than 50 levels") {
		t.Errorf("entries %d, problems:\n%s", len(f.Entries), fmtProblems(f.Problems))
	}
	ok := "k: " + strings.Repeat("{a: ", 40) + "1" + strings.Repeat("}", 40) + "\n"
	f = ReadStandard("config.yaml", []byte(ok))
	if len(f.Entries) != 1 || len(f.Problems) != 0 || f.Entries[0].Key != "k"+strings.Repeat(".a", 40) {
		t.Errorf("entries:\n%s problems:\n%s", fmtEntries(f.Entries), fmtProblems(f.Problems))
	}
}

func TestReadStandardNeverLeaksValues(t *testing.T) {
	for _, src := range []string{
		"password: hunter2\npassword: s3cr3t\n",
		"a:\n  token: t0k3n\na.token: hunter2\n",
		"secret: \"hunter2\n",
		"secret: hunter2: s3cr3t\n",
		"secret: [hunter2\n",
		"secret: *hunter2\n",
	} {
		f := ReadStandard("config.yaml", []byte(src))
		if len(f.Problems) == 0 {
			t.Errorf("%q: no problems", src)
		}
		for _, p := range f.Problems {
			for _, v := range []string{"hunter2", "s3cr3t", "t0k3n"} {
				if strings.Contains(p.Message, v) && !strings.Contains(src, "*"+v) {
					t.Errorf("%q: message %q contains the value %q", src, p.Message, v)
				}
			}
		}
	}
}

// A long line must not make positions quadratic: 2 MB of flow mapping on
// one line reads in well under a second (about 0.3 s with -race off).
func TestReadLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("large input")
	}
	var b strings.Builder
	b.WriteString("m: {")
	n := 0
	for ; b.Len() < 2<<20; n++ {
		fmt.Fprintf(&b, "k%d: välue%d, ", n, n)
	}
	b.WriteString("z: 1}\n")
	f := ReadStandard("config.yaml", []byte(b.String()))
	if len(f.Entries) != n+1 || len(f.Problems) != 0 {
		t.Fatalf("%d entries, %d problems", len(f.Entries), len(f.Problems))
	}
	last := f.Entries[n-1]
	if want := fmt.Sprintf("m.k%d", n-1); last.Key != want || last.KeyPos.Line != 1 {
		t.Errorf("last entry %q at %v", last.Key, last.KeyPos)
	}
	checkInvariants(t, f, []byte(b.String()))
}

const benchConfig = `# Flink configuration
jobmanager.rpc.address: localhost
jobmanager.rpc.port: 6123
jobmanager.memory.process.size: 1600m
taskmanager.memory.process.size: 1728m
taskmanager.numberOfTaskSlots: 4
parallelism.default: 2
state.backend.type: rocksdb
execution.checkpointing.dir: s3://bucket/checkpoints
execution.checkpointing.interval: 60 s
execution.checkpointing.incremental: true
high-availability.type: kubernetes
high-availability.storageDir: s3://bucket/ha
restart-strategy.type: exponential-delay
metrics.reporter.prom.factory.class: org.apache.flink.metrics.prometheus.PrometheusReporterFactory
metrics.reporter.prom.port: 9249
rest.bind-address: 0.0.0.0
env.java.opts.all: -XX:+UseG1GC -Dfile.encoding=UTF-8
`

func BenchmarkReadLegacy(b *testing.B) {
	src := []byte(strings.Repeat(benchConfig, 10))
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		ReadLegacy("flink-conf.yaml", src)
	}
}

func BenchmarkReadStandard(b *testing.B) {
	src := []byte(benchConfig + "kubernetes:\n  jobmanager:\n    labels:\n      app: flink\n      team: data\npipeline.jars: [a.jar, b.jar]\n")
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		ReadStandard("config.yaml", src)
	}
}
