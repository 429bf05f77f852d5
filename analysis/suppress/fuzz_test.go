package suppress_test

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/suppress"
	"github.com/flinklint/flinklint/parser"
)

// fixtureSeeds returns up to n files under dir whose names end with one of
// the suffixes, spread over the folders in path order.
func fixtureSeeds(tb testing.TB, dir string, n int, suffixes ...string) [][]byte {
	tb.Helper()
	var paths []string
	_ = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return nil
		}
		for _, s := range suffixes {
			if strings.HasSuffix(p, s) {
				paths = append(paths, p)
				break
			}
		}
		return nil
	})
	sort.Strings(paths)
	var out [][]byte
	step := max(1, len(paths)/n)
	for i := 0; i < len(paths) && len(out) < n; i += step {
		if data, err := os.ReadFile(paths[i]); err == nil {
			out = append(out, data)
		}
	}
	return out
}

var rulesKnown = map[string]string{"uid001": "UID001", "stateful-operator-without-uid": "UID001", "ckpt001": "CKPT001", "cfg006": "CFG006", "obs003": "OBS003", "all": "all"}

func known(s string) string { return rulesKnown[strings.ToLower(s)] }

func enabled(string) bool { return true }

// applyAll applies dirs to a finding of every known rule on every line
// (1..lines+1) and checks that nothing is lost or invented.
func applyAll(t *testing.T, path string, lines int, dirs []*suppress.Directive) {
	var diags []analysis.Diagnostic
	for l := 1; l <= lines+1; l++ {
		for _, id := range []string{"UID001", "CKPT001", "CFG006"} {
			diags = append(diags, analysis.Diagnostic{RuleID: id, Location: parser.Location{Path: path, Pos: parser.MakePos(l, 1, l, 2)}})
		}
	}
	res := suppress.Apply(diags, dirs, known, enabled)
	if len(res.Kept)+len(res.Suppressed) != len(diags) {
		t.Errorf("%d findings in, %d kept + %d suppressed out", len(diags), len(res.Kept), len(res.Suppressed))
	}
	for _, n := range res.Notes {
		if n.Path != path || n.Pos.Line < 1 || int(n.Pos.Line) > lines {
			t.Errorf("notification outside the file: %+v", n)
		}
	}
}

// checkDirective checks a directive's location and scope against a file of
// the given line lengths (in UTF-16 units).
func checkDirective(t *testing.T, path string, width []int, d *suppress.Directive) {
	p := d.Loc.Pos
	switch {
	case d.Loc.Path != path:
		t.Errorf("directive in %q, file is %q", d.Loc.Path, path)
	case p.Line < 1 || p.EndLine < p.Line || int(p.EndLine) > len(width):
		t.Errorf("directive at %+v, file has %d lines", p, len(width))
	case p.Col < 1 || int(p.Col) > width[p.Line-1]+1 || p.EndCol < 1 || int(p.EndCol) > width[p.EndLine-1]+1:
		t.Errorf("directive at %+v: columns outside the line (%d UTF-16 units)", p, width[p.Line-1])
	case d.FromLine < 1 || d.ToLine < d.FromLine || d.ToLine > len(width):
		t.Errorf("directive at %+v covers lines %d-%d of %d", p, d.FromLine, d.ToLine, len(width))
	}
}

// widths returns the UTF-16 length of each line, lines ending at LF, CR LF
// or a lone CR as everywhere in flinklint (parser.LineIndex).
func widths(src []byte) []int {
	x := parser.NewLineIndex(src)
	out := make([]int, x.Count())
	for i := range out {
		start, end := x.Bounds(i)
		out[i] = parser.UTF16Len(src[start:end])
	}
	return out
}

// FuzzTextDirectives: flinklint:ignore comments in YAML, .properties and
// XML files are found without a panic, at their place, with a scope inside
// the file, and applying them keeps every finding accounted for.
func FuzzTextDirectives(f *testing.F) {
	for _, s := range fixtureSeeds(f, "../../testdata", 16, ".yaml", ".properties", ".xml") {
		f.Add(s)
	}
	for _, s := range []string{
		"",
		"# flinklint:ignore CFG006 -- migration\nfoo.bar: 1\n",
		"a: 1 # flinklint:ignore CFG006,UID001\n",
		"<!-- flinklint:ignore OBS003 -- noisy on purpose -->\n<root level=\"DEBUG\"/>\n",
		"! flinklint:ignore\n\n# comment\n\nrootLogger.level = DEBUG",
		"# flinklint:ignore all -- generated\r\n",
		"ключ: 1 # flinklint:ignore CFG006 -- é😀\n",
		"# flinklint:ignore CFG006 --\n# flinklint:ignore -- x\n# flinklint:ignore UID001 -- y --> \n",
		"\xff# flinklint:ignore \xfe\x00CFG006\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		const path = "conf/flink-conf.yaml"
		dirs := suppress.TextDirectives(path, src)
		w := widths(src)
		for _, d := range dirs {
			checkDirective(t, path, w, d)
		}
		applyAll(t, path, len(w), dirs)
	})
}

// FuzzJavaDirectives: the same for ignore comments and
// @SuppressWarnings("flinklint:...") in Java, on whatever the parser makes
// of the input.
func FuzzJavaDirectives(f *testing.F) {
	for _, s := range fixtureSeeds(f, "../../testdata", 16, ".java") {
		f.Add(s)
	}
	for _, s := range []string{
		"",
		"class A {\n  void m() {\n    // flinklint:ignore UID001 -- state rebuilt on deploy\n    env.fromSource(s, w, \"n\")\n        .keyBy(k -> k)\n        .process(new P());\n  }\n}\n",
		"class A { void m() { a.b(); // flinklint:ignore UID001,CKPT001\n } }",
		"@SuppressWarnings({\"unchecked\", \"flinklint:UID001\"}) class A { @SuppressWarnings(\"flinklint:stateful-operator-without-uid\") int f; }",
		"class A { /* flinklint:ignore all -- generated */ }\n// flinklint:ignore NOPE001 -- typo\n",
		"class A {\r\n  // flinklint:ignore UID001 -- é😀\r\n  int x = 1;\r\n}",
		"/** flinklint:ignore UID001 -- in javadoc */ class A { @SuppressWarnings(\"flinklint:\") void m() {} }",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		const path = "src/Job.java"
		p := parser.NewParser()
		defer p.Close()
		file, err := p.Parse(context.Background(), path, src)
		if err != nil {
			return
		}
		dirs := suppress.JavaDirectives(file)
		w := widths(src)
		for _, d := range dirs {
			checkDirective(t, path, w, d)
		}
		applyAll(t, path, len(w), dirs)
	})
}
