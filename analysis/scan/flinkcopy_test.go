package scan

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFlinkAPICopies: a repository that carries patched copies of Flink's
// API classes (issue 14) gets the same findings as without them. The copies
// used to resolve `getExecutionEnvironment()`, the streams and the option
// fields to project code, and every job beside them vanished.
func TestFlinkAPICopies(t *testing.T) {
	src := filepath.Join("..", "..", "testdata", "projects", "flink-api-copy")
	with := copyTree(t, src, func(string) bool { return true })
	without := copyTree(t, src, func(rel string) bool { return !strings.HasPrefix(rel, "src/main/java/org/apache/flink/") })
	a, b := findings(scanDir(t, with, Options{})), findings(scanDir(t, without, Options{}))
	if len(a) == 0 {
		t.Fatal("no findings with the copies")
	}
	if !slices.Equal(a, b) {
		t.Errorf("with the copies:\n%s\nwithout:\n%s", strings.Join(a, "\n"), strings.Join(b, "\n"))
	}
}

func findings(res *Result) []string {
	var out []string
	for _, d := range res.Diagnostics {
		out = append(out, fmt.Sprintf("%s:%d %s %s", d.Path, d.Pos.Line, d.RuleID, d.Message))
	}
	return out
}

// copyTree copies the files under src whose slash path relative to src keep
// accepts into a new temporary directory.
func copyTree(t *testing.T, src string, keep func(rel string) bool) string {
	t.Helper()
	dst := t.TempDir()
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, p)
		if !keep(filepath.ToSlash(rel)) {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dst
}
