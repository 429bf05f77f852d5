package jobgraph_test

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/index"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/scan/monorepo"
	"github.com/flinklint/flinklint/parser"
)

// fuzzBudget bounds one input's parse, index and job graph build. Inputs
// are small: anything near this is a runaway evaluation, not a slow one.
const fuzzBudget = 5 * time.Second

// seedPairs returns pairs of Java files that belong together: two files of
// one fixture folder (a job and its helper, constants or functions).
func seedPairs(tb testing.TB, root string, n int) [][2][]byte {
	tb.Helper()
	byDir := map[string][]string{}
	_ = filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".java") {
			byDir[filepath.Dir(p)] = append(byDir[filepath.Dir(p)], p)
		}
		return nil
	})
	var dirs []string
	for d := range byDir {
		dirs = append(dirs, d)
	}
	sort.Strings(dirs)
	var out [][2][]byte
	for _, d := range dirs {
		if len(out) == n {
			break
		}
		ps := byDir[d]
		sort.Strings(ps)
		a, err := os.ReadFile(ps[0])
		if err != nil {
			continue
		}
		var b []byte
		if len(ps) > 1 {
			b, _ = os.ReadFile(ps[len(ps)-1])
		}
		out = append(out, [2][]byte{a, b})
	}
	return out
}

// FuzzJobGraph: one or two Java sources go through parse, index.Build and
// jobgraph.Build without a panic (also none recovered inside the builder as
// an "internal error"), within the time budget.
func FuzzJobGraph(f *testing.F) {
	for _, p := range seedPairs(f, "../../testdata", 24) {
		f.Add(p[0], p[1])
	}
	// Generated jobs in every style, with their functions: a small
	// monorepo's job modules.
	dir := f.TempDir()
	if _, err := monorepo.Generate(dir, 150, 2); err != nil {
		f.Fatal(err)
	}
	for _, p := range seedPairs(f, filepath.Join(dir, "streaming"), 12) {
		f.Add(p[0], p[1])
	}
	f.Add([]byte("class A { void m() { StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(); m(); } }"), []byte(nil))
	f.Add([]byte("import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;\nclass A { public static void main(String[] a) { var env = StreamExecutionEnvironment.getExecutionEnvironment(); B.go(env); B.go(env); } }"),
		[]byte("class B { static void go(Object e) { go(e); A.main(null); } }"))
	f.Fuzz(func(t *testing.T, a, b []byte) {
		type result struct {
			g     *jobgraph.Graph
			panic any
			stack []byte
		}
		done := make(chan result, 1)
		go func() {
			defer func() {
				if r := recover(); r != nil {
					done <- result{panic: r, stack: debug.Stack()}
				}
			}()
			p := parser.NewParser()
			defer p.Close()
			var files []*parser.File
			for i, src := range [][]byte{a, b} {
				if src == nil {
					continue
				}
				f, err := p.Parse(context.Background(), fmt.Sprintf("src/F%d.java", i), src)
				if err != nil {
					continue
				}
				files = append(files, f)
			}
			g := jobgraph.Build(index.Build(files), jobgraph.Keys{OptionKey: config.OptionKey, Canonical: config.Canonical})
			done <- result{g: g}
		}()
		select {
		case r := <-done:
			if r.panic != nil {
				t.Fatalf("panic: %v\n%s", r.panic, r.stack)
			}
			for _, p := range r.g.Problems {
				if p.Internal {
					t.Errorf("recovered panic in the job graph: %s", p)
				}
			}
			for _, j := range r.g.Jobs {
				if !j.Synthetic && j.Env.Path == "" {
					t.Errorf("job %s has no environment location", j.ID)
				}
			}
		case <-time.After(fuzzBudget):
			t.Fatalf("parse + index + job graph took more than %v", fuzzBudget)
		}
	})
}
