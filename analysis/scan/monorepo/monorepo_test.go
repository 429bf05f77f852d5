package monorepo_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis/scan/monorepo"
	"github.com/flinklint/flinklint/parser"
)

// digest hashes every file's path and contents, in path order.
func digest(t *testing.T, dir string) (string, int) {
	t.Helper()
	var paths []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			paths = append(paths, p)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(paths)
	h := sha256.New()
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(h, "%s\x00%d\x00", filepath.ToSlash(rel), len(data))
		h.Write(data)
	}
	return fmt.Sprintf("%x", h.Sum(nil)), len(paths)
}

func TestSameSeedSameBytes(t *testing.T) {
	a, b, c := t.TempDir(), t.TempDir(), t.TempDir()
	sa, err := monorepo.Generate(a, 700, 7)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := monorepo.Generate(b, 700, 7)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := monorepo.Generate(c, 700, 8); err != nil {
		t.Fatal(err)
	}
	if sa != sb {
		t.Errorf("stats differ: %+v vs %+v", sa, sb)
	}
	da, na := digest(t, a)
	db, _ := digest(t, b)
	dc, _ := digest(t, c)
	if da != db {
		t.Errorf("same seed, different trees")
	}
	if da == dc {
		t.Errorf("seeds 7 and 8 wrote the same tree")
	}
	if na != 700 || sa.Files != 700 {
		t.Errorf("asked for 700 files, wrote %d (stats say %d)", na, sa.Files)
	}
}

func TestRefusesNonEmptyDir(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "x"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := monorepo.Generate(dir, 10, 1); err == nil {
		t.Error("Generate wrote into a non-empty directory")
	}
}

func TestExactFileCounts(t *testing.T) {
	for _, n := range []int{1, 2, 3, 5, 17, 63, 64, 150} {
		dir := t.TempDir()
		st, err := monorepo.Generate(dir, n, 3)
		if err != nil {
			t.Fatalf("%d files: %v", n, err)
		}
		if _, got := digest(t, dir); got != n || st.Files != n {
			t.Errorf("asked for %d files, wrote %d (stats %d)", n, got, st.Files)
		}
	}
}

// TestRealistic checks the proportions the benchmarks rely on, and that
// every generated Java file parses without a syntax error.
func TestRealistic(t *testing.T) {
	dir := t.TempDir()
	st, err := monorepo.Generate(dir, 1000, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%+v", st)
	mean := float64(st.JavaBytes) / float64(st.JavaFiles)
	if mean < 5500 || mean > 8500 {
		t.Errorf("mean Java file size %.0f bytes, want about 7 KB", mean)
	}
	flink := float64(st.FlinkJavaFiles) / float64(st.JavaFiles)
	if flink < 0.10 || flink > 0.22 {
		t.Errorf("%.1f%% of Java files import Flink, want about 15%%", 100*flink)
	}
	if st.Jobs < 10 || st.FlinkConfigs == 0 || st.Manifests == 0 || st.LogConfigs == 0 || st.TestJavaFiles == 0 {
		t.Errorf("missing kinds of files: %+v", st)
	}
	p := parser.NewParser()
	defer p.Close()
	bad := 0
	err = filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || !strings.HasSuffix(path, ".java") {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		f, err := p.Parse(context.Background(), path, src)
		if err != nil {
			return err
		}
		if len(f.Errors) > 0 && bad < 10 {
			bad++
			e := f.Errors[0]
			lines := bytes.Split(src, []byte("\n"))
			t.Errorf("%s:%d:%d: %s\n\t%s", path, e.Pos.Line, e.Pos.Col, e.Message, lines[e.Pos.Line-1])
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
