package load

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
)

// TestMain runs the tests from an empty directory of their own, so that the
// temporary trees are never inside the working directory (which would make
// it the scan root) wherever TMPDIR points.
func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "flinklint-load-cwd")
	if err == nil {
		err = os.Chdir(dir)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	code := m.Run()
	os.Remove(dir)
	os.Exit(code)
}

// writeTree creates files (slash paths relative to dir, with contents)
// below dir; a path ending in "/" is an empty directory.
func writeTree(tb testing.TB, dir string, files map[string]string) {
	tb.Helper()
	for rel, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(rel))
		if strings.HasSuffix(rel, "/") {
			if err := os.MkdirAll(p, 0o755); err != nil {
				tb.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symbolic links not supported here: %v", err)
	}
}

func walk(tb testing.TB, paths []string, opt Options) *Tree {
	tb.Helper()
	tree, err := Walk(paths, opt)
	if err != nil {
		tb.Fatalf("Walk(%q): %v", paths, err)
	}
	return tree
}

func rels(tree *Tree) []string {
	out := []string{}
	for _, f := range tree.Files {
		out = append(out, f.Rel)
	}
	return out
}

func file(tree *Tree, rel string) (FileRef, bool) {
	i, ok := slices.BinarySearchFunc(tree.Files, rel, compareRel)
	if !ok {
		return FileRef{}, false
	}
	return tree.Files[i], true
}

func notesString(notes []analysis.Notification) string {
	var b strings.Builder
	for _, n := range notes {
		fmt.Fprintf(&b, "%s %s %s: %s\n", n.Path, n.Level, n.ID, n.Message)
	}
	return b.String()
}

func TestKindOf(t *testing.T) {
	tests := map[string]Kind{
		"Job.java":                   Java,
		"flink-conf.yaml":            FlinkConfig,
		"config.yaml":                FlinkConfig,
		"flink-conf.yml":             YAML,
		"deployment.yaml":            YAML,
		"values.yml":                 YAML,
		".flinklint.yaml":            YAML,
		"pom.xml":                    BuildFile,
		"build.gradle":               BuildFile,
		"build.gradle.kts":           BuildFile,
		"build.sbt":                  BuildFile,
		"log4j.properties":           LogConfig,
		"log4j-console.properties":   LogConfig,
		"log4j2.properties":          LogConfig,
		"logback.xml":                LogConfig,
		"logback-spring.xml":         LogConfig,
		"Job.class":                  Other,
		"README.md":                  Other,
		"settings.gradle":            Other,
		"application.properties":     Other,
		"Config.YAML":                Other,
		"other.xml":                  Other,
		"log4j2.xml":                 Other,
		"JOB.JAVA":                   Other,
		"flink-conf.yaml.template":   Other,
		"dependency-reduced-pom.xml": Other,
	}
	for name, want := range tests {
		if got := KindOf(name); got != want {
			t.Errorf("KindOf(%q) = %v, want %v", name, got, want)
		}
	}
	if s := Kind(42).String(); s != "Kind(42)" {
		t.Errorf("Kind(42).String() = %q", s)
	}
}

func TestWalkSkipsDirectories(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"pom.xml":                               "<project/>",
		"README.md":                             "",
		".flinklint.yaml":                       "fail-on: error",
		"src/main/java/com/acme/Job.java":       "class Job {}",
		"src/main/resources/config.yaml":        "",
		"src/main/resources/logback.xml":        "",
		"conf/flink-conf.yaml":                  "",
		"conf/log4j-console.properties":         "",
		"deploy/job.yaml":                       "",
		"target/classes/Gen.java":               "",
		"build/generated/Gen.java":              "",
		"build/generated/target/Nested.java":    "",
		"out/Gen.java":                          "",
		"node_modules/pkg/x.yaml":               "",
		".gradle/caches/c.yaml":                 "",
		".idea/misc.yml":                        "",
		".git/hooks/h.yaml":                     "",
		".hidden/H.java":                        "",
		".github/workflows/ci.yml":              "",
		"buildSrc/src/main/java/Gen.java":       "",
		"targets/T.java":                        "",
		"src/main/java/com/acme/output/O.java":  "",
		"src/main/java/com/acme/Job.java.orig":  "",
		"src/main/java/com/acme/package-info.x": "",
	})
	tree := walk(t, []string{dir}, Options{})
	want := []string{
		".flinklint.yaml",
		"buildSrc/src/main/java/Gen.java",
		"conf/flink-conf.yaml",
		"conf/log4j-console.properties",
		"deploy/job.yaml",
		"pom.xml",
		"src/main/java/com/acme/Job.java",
		"src/main/java/com/acme/output/O.java",
		"src/main/resources/config.yaml",
		"src/main/resources/logback.xml",
		"targets/T.java",
	}
	if got := rels(tree); !slices.Equal(got, want) {
		t.Errorf("files:\n got %q\nwant %q", got, want)
	}
	if tree.Root != dir {
		t.Errorf("Root = %q, want %q", tree.Root, dir)
	}
	if len(tree.Notes) != 0 {
		t.Errorf("notes:\n%s", notesString(tree.Notes))
	}
	kinds := map[string]Kind{
		"pom.xml": BuildFile, "conf/flink-conf.yaml": FlinkConfig, "deploy/job.yaml": YAML,
		"conf/log4j-console.properties": LogConfig, "src/main/java/com/acme/Job.java": Java,
	}
	for rel, k := range kinds {
		f, _ := file(tree, rel)
		if f.Kind != k {
			t.Errorf("%s: kind %v, want %v", rel, f.Kind, k)
		}
	}
	job, _ := file(tree, "src/main/java/com/acme/Job.java")
	if job.Size != int64(len("class Job {}")) || job.Abs != filepath.Join(dir, "src", "main", "java", "com", "acme", "Job.java") {
		t.Errorf("Job.java: %+v", job)
	}

	// A skipped or hidden directory named as a PATH is walked; the skip
	// rules still apply below it.
	tree = walk(t, []string{filepath.Join(dir, "build")}, Options{})
	if got, want := rels(tree), []string{"generated/Gen.java"}; !slices.Equal(got, want) {
		t.Errorf("build as PATH: got %q, want %q", got, want)
	}
	tree = walk(t, []string{filepath.Join(dir, ".hidden")}, Options{})
	if got, want := rels(tree), []string{"H.java"}; !slices.Equal(got, want) {
		t.Errorf(".hidden as PATH: got %q, want %q", got, want)
	}
}

func TestWalkTestFiles(t *testing.T) {
	dir := t.TempDir()
	main := []string{
		"conf/FooTest.yaml",
		"mysrc/test/X.java",
		"src/main/java/a/Contest.java",
		"src/main/java/a/IT.java",
		"src/main/java/a/Job.java",
		"src/main/java/a/JobITCase.java",
		"src/main/java/a/Jobtest.java",
		"src/main/java/a/LatestContest.java",
		"src/main/java/a/Test.java",
		"svc/src/testing/T.java",
	}
	tests := []string{
		"src/main/java/a/JobTest.java",
		"src/main/java/a/KafkaIT.java",
		"src/test/java/a/Helper.java",
		"src/test/resources/flink-conf.yaml",
		"svc/src/test/java/b/Helper.java",
	}
	files := map[string]string{}
	for _, f := range slices.Concat(main, tests) {
		files[f] = ""
	}
	writeTree(t, dir, files)

	if got := rels(walk(t, []string{dir}, Options{})); !slices.Equal(got, main) {
		t.Errorf("without tests:\n got %q\nwant %q", got, main)
	}
	all := slices.Sorted(slices.Values(slices.Concat(main, tests)))
	if got := rels(walk(t, []string{dir}, Options{IncludeTests: true})); !slices.Equal(got, all) {
		t.Errorf("with tests:\n got %q\nwant %q", got, all)
	}

	// Named PATHs are scanned even when they are test code.
	tree := walk(t, []string{filepath.Join(dir, "src/main/java/a/JobTest.java")}, Options{})
	if got, want := rels(tree), []string{"JobTest.java"}; !slices.Equal(got, want) {
		t.Errorf("test file as PATH: got %q, want %q", got, want)
	}
	tree = walk(t, []string{filepath.Join(dir, "src/test")}, Options{})
	if got, want := rels(tree), []string{"java/a/Helper.java", "resources/flink-conf.yaml"}; !slices.Equal(got, want) {
		t.Errorf("src/test as PATH: got %q, want %q", got, want)
	}
}

func TestWalkSymlinks(t *testing.T) {
	dir := t.TempDir()
	outside := t.TempDir()
	writeTree(t, dir, map[string]string{"real/Job.java": "class Job {}"})
	writeTree(t, outside, map[string]string{"External.java": "class External { int x; }"})
	symlink(t, "..", filepath.Join(dir, "real", "loop"))         // a loop to the parent
	symlink(t, ".", filepath.Join(dir, "real", "self"))          // a loop to itself
	symlink(t, "real", filepath.Join(dir, "linked"))             // a directory link
	symlink(t, "real", filepath.Join(dir, "Dir.java"))           // a directory link named like a file
	symlink(t, "real/Job.java", filepath.Join(dir, "Link.java")) // a link to a file in the tree
	symlink(t, filepath.Join(outside, "External.java"), filepath.Join(dir, "Ext.java"))
	symlink(t, "missing.java", filepath.Join(dir, "Gone.java"))
	symlink(t, "missing.txt", filepath.Join(dir, "gone.txt")) // not a kind flinklint reads: no note
	symlink(t, "Loop1.java", filepath.Join(dir, "Loop2.java"))
	symlink(t, "Loop2.java", filepath.Join(dir, "Loop1.java"))

	tree := walk(t, []string{dir}, Options{})
	// Link.java and real/Job.java are one file: the path without a link wins.
	if got, want := rels(tree), []string{"Ext.java", "real/Job.java"}; !slices.Equal(got, want) {
		t.Errorf("files: got %q, want %q", got, want)
	}
	ext, _ := file(tree, "Ext.java")
	if ext.Size != int64(len("class External { int x; }")) || ext.Kind != Java || ext.Abs != filepath.Join(dir, "Ext.java") {
		t.Errorf("Ext.java: %+v", ext)
	}
	if data, err := ReadFile(ext, 0); err != nil || string(data) != "class External { int x; }" {
		t.Errorf("ReadFile(Ext.java) = %q, %v", data, err)
	}
	wantNotes := []struct{ path, text string }{
		{"Gone.java", `dangling symbolic link to "missing.java"`},
		{"Loop1.java", "cannot follow symbolic link"},
		{"Loop2.java", "cannot follow symbolic link"},
	}
	if len(tree.Notes) != len(wantNotes) {
		t.Fatalf("notes:\n%s", notesString(tree.Notes))
	}
	for i, w := range wantNotes {
		n := tree.Notes[i]
		if n.Path != w.path || n.ID != NoteReadError || n.Level != analysis.LevelWarning || !strings.Contains(n.Message, w.text) {
			t.Errorf("note %d = %+v, want %s: %s", i, n, w.path, w.text)
		}
	}

	// A PATH that is a directory link is followed.
	tree = walk(t, []string{filepath.Join(dir, "linked")}, Options{})
	if got, want := rels(tree), []string{"Job.java"}; !slices.Equal(got, want) {
		t.Errorf("linked as PATH: got %q, want %q", got, want)
	}
	// The same file through a directory PATH and a linked directory PATH.
	tree = walk(t, []string{filepath.Join(dir, "linked"), filepath.Join(dir, "real")}, Options{})
	if got, want := rels(tree), []string{"real/Job.java"}; !slices.Equal(got, want) {
		t.Errorf("real and linked as PATHs: got %q, want %q", got, want)
	}
}

func TestWalkDuplicatePaths(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a/b/Job.java": "", "a/Other.java": ""})
	tree := walk(t, []string{dir, filepath.Join(dir, "a"), filepath.Join(dir, "a/b"), filepath.Join(dir, "a/b/Job.java"), dir + "/a/../a/b/Job.java"}, Options{})
	if got, want := rels(tree), []string{"a/Other.java", "a/b/Job.java"}; !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if tree.Root != dir {
		t.Errorf("Root = %q, want %q", tree.Root, dir)
	}
}

func TestWalkFileTooLarge(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"Small.java": "class Small {}"})
	big := filepath.Join(dir, "Big.java")
	f, err := os.Create(big)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(5 << 20); err != nil { // sparse: fast to create
		t.Fatal(err)
	}
	f.Close()
	symlink(t, "Big.java", filepath.Join(dir, "BigLink.java"))

	tree := walk(t, []string{dir}, Options{})
	if got, want := rels(tree), []string{"Small.java"}; !slices.Equal(got, want) {
		t.Errorf("files: got %q, want %q", got, want)
	}
	// Big.java and BigLink.java are one file: one note, under the real path.
	if len(tree.Notes) != 1 {
		t.Fatalf("notes:\n%s", notesString(tree.Notes))
	}
	n := tree.Notes[0]
	if n.ID != NoteFileTooLarge || n.Level != analysis.LevelWarning || n.Path != "Big.java" ||
		!strings.Contains(n.Message, "5.0 MiB (5242880 bytes)") || !strings.Contains(n.Message, "4.0 MiB (4194304 bytes) limit") {
		t.Errorf("note = %+v", n)
	}

	// The cap is inclusive, and a link is capped by its target's size.
	writeTree(t, dir, map[string]string{"Exact.java": strings.Repeat("x", 100), "Over.java": strings.Repeat("x", 101)})
	outside := t.TempDir()
	writeTree(t, outside, map[string]string{"data.bin": strings.Repeat("x", 101)})
	symlink(t, filepath.Join(outside, "data.bin"), filepath.Join(dir, "OverLink.yaml"))
	tree = walk(t, []string{dir}, Options{MaxFileSize: 100})
	if got, want := rels(tree), []string{"Exact.java", "Small.java"}; !slices.Equal(got, want) {
		t.Errorf("files with a 100-byte cap: got %q, want %q", got, want)
	}
	var paths []string
	for _, n := range tree.Notes {
		paths = append(paths, n.Path)
	}
	if want := []string{"Big.java", "Over.java", "OverLink.yaml"}; !slices.Equal(paths, want) {
		t.Errorf("notes with a 100-byte cap: got %q, want %q\n%s", paths, want, notesString(tree.Notes))
	}

	// A file PATH is capped too.
	tree = walk(t, []string{big}, Options{})
	if len(tree.Files) != 0 || len(tree.Notes) != 1 || tree.Notes[0].ID != NoteFileTooLarge {
		t.Errorf("big file as PATH: files %q, notes\n%s", rels(tree), notesString(tree.Notes))
	}
}

func TestWalkUnreadable(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"Open.java":          "",
		"Private.java":       "",
		"locked/Secret.java": "",
	})
	private, locked := filepath.Join(dir, "Private.java"), filepath.Join(dir, "locked")
	if err := os.Chmod(private, 0); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(locked, 0); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.Chmod(locked, 0o755) }) // so TempDir can remove it

	tree := walk(t, []string{dir}, Options{})
	if os.Geteuid() == 0 {
		// Root reads whatever the mode says: everything is returned.
		if got, want := rels(tree), []string{"Open.java", "Private.java", "locked/Secret.java"}; !slices.Equal(got, want) {
			t.Errorf("as root: got %q, want %q", got, want)
		}
		if len(tree.Notes) != 0 {
			t.Errorf("as root, notes:\n%s", notesString(tree.Notes))
		}
		return
	}
	if got, want := rels(tree), []string{"Open.java"}; !slices.Equal(got, want) {
		t.Errorf("files: got %q, want %q", got, want)
	}
	want := "Private.java warning flinklint/read-error: cannot read file: permission denied; not analyzed\n" +
		"locked warning flinklint/read-error: cannot read directory: permission denied; the files in it were not analyzed\n"
	if got := notesString(tree.Notes); got != want {
		t.Errorf("notes:\n%s\nwant:\n%s", got, want)
	}
	if _, err := ReadFile(FileRef{Rel: "Private.java", Abs: private}, 0); !errors.Is(err, fs.ErrPermission) || !strings.Contains(err.Error(), "Private.java") {
		t.Errorf("ReadFile(Private.java) error = %v", err)
	}
}

func TestWalkRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"svc/a/A.java":          "",
		"svc/b/Job.java":        "",
		"svc/b/Other.java":      "",
		"other/O.java":          "",
		"svc/a/README.md":       "",
		"svc/a/src/test/T.java": "",
	})

	// PATHs outside the working directory: their deepest common directory.
	tree := walk(t, []string{filepath.Join(dir, "svc/a"), filepath.Join(dir, "svc/b/Job.java")}, Options{})
	if tree.Root != filepath.Join(dir, "svc") {
		t.Errorf("Root = %q, want %q", tree.Root, filepath.Join(dir, "svc"))
	}
	if got, want := rels(tree), []string{"a/A.java", "b/Job.java"}; !slices.Equal(got, want) {
		t.Errorf("files: got %q, want %q", got, want)
	}
	// A single file PATH: its directory.
	tree = walk(t, []string{filepath.Join(dir, "svc/b/Job.java")}, Options{})
	if tree.Root != filepath.Join(dir, "svc/b") || !slices.Equal(rels(tree), []string{"Job.java"}) {
		t.Errorf("file PATH: Root %q, files %q", tree.Root, rels(tree))
	}

	// PATHs inside the working directory: the working directory.
	t.Chdir(filepath.Join(dir, "svc"))
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	tree = walk(t, []string{"a", "b/Job.java"}, Options{})
	if tree.Root != cwd {
		t.Errorf("Root = %q, want the working directory %q", tree.Root, cwd)
	}
	if got, want := rels(tree), []string{"a/A.java", "b/Job.java"}; !slices.Equal(got, want) {
		t.Errorf("files: got %q, want %q", got, want)
	}
	tree = walk(t, []string{"b"}, Options{})
	if tree.Root != cwd || !slices.Equal(rels(tree), []string{"b/Job.java", "b/Other.java"}) {
		t.Errorf("b: Root %q, files %q", tree.Root, rels(tree))
	}
	// No PATH means ".".
	tree = walk(t, nil, Options{})
	if tree.Root != cwd || !slices.Equal(rels(tree), []string{"a/A.java", "b/Job.java", "b/Other.java"}) {
		t.Errorf("no PATH: Root %q, files %q", tree.Root, rels(tree))
	}
	// One PATH outside: the common directory again.
	tree = walk(t, []string{"a", "../other"}, Options{})
	if tree.Root != filepath.Dir(cwd) || !slices.Equal(rels(tree), []string{"other/O.java", "svc/a/A.java"}) {
		t.Errorf("a and ../other: Root %q, files %q", tree.Root, rels(tree))
	}

	// A missing PATH is an error naming it.
	_, err = Walk([]string{"a", "missing"}, Options{})
	if !errors.Is(err, fs.ErrNotExist) || !strings.HasPrefix(err.Error(), "missing: ") {
		t.Errorf("missing PATH: err = %v", err)
	}
	// A file PATH of no kind flinklint reads is a note.
	tree = walk(t, []string{"a/README.md"}, Options{})
	if len(tree.Files) != 0 || len(tree.Notes) != 1 || tree.Notes[0].ID != NoteUnsupportedFile ||
		tree.Notes[0].Level != analysis.LevelNote || tree.Notes[0].Path != "a/README.md" {
		t.Errorf("README.md as PATH: files %q, notes\n%s", rels(tree), notesString(tree.Notes))
	}
}

func TestModuleRoot(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"pom.xml":                              "<project/>",
		"core/pom.xml":                         "<project/>",
		"core/src/main/java/a/A.java":          "",
		"apps/orders/pom.xml":                  strings.Repeat("<!-- big -->", 10),
		"apps/orders/src/main/java/o/Job.java": "",
		"apps/orders/conf/flink-conf.yaml":     "",
		"apps/plain/src/main/java/P.java":      "",
		"gradle/build.gradle.kts":              "",
		"gradle/src/main/java/G.java":          "",
		"sbt/build.sbt":                        "",
		"sbt/src/main/java/S.java":             "",
	})
	// A 100-byte cap drops apps/orders/pom.xml from Files; it still makes a module.
	tree := walk(t, []string{dir}, Options{MaxFileSize: 100})
	if _, ok := file(tree, "apps/orders/pom.xml"); ok {
		t.Fatal("apps/orders/pom.xml should be over the cap")
	}
	tests := map[string]string{
		"apps/orders/src/main/java/o/Job.java": "apps/orders",
		"apps/orders/conf/flink-conf.yaml":     "apps/orders",
		"apps/orders":                          "apps/orders",
		"apps/orders/":                         "apps/orders",
		"./apps/orders/conf/x.yaml":            "apps/orders",
		"apps/plain/src/main/java/P.java":      "",
		"core/src/main/java/a/A.java":          "core",
		"core/pom.xml":                         "core",
		"gradle/src/main/java/G.java":          "gradle",
		"sbt/src/main/java/S.java":             "sbt",
		"pom.xml":                              "",
		"":                                     "",
		".":                                    "",
		"missing/dir/X.java":                   "",
	}
	for rel, want := range tests {
		if got := tree.ModuleRoot(rel); got != want {
			t.Errorf("ModuleRoot(%q) = %q, want %q", rel, got, want)
		}
	}

	// A file PATH deep inside a module: the directories above it are
	// looked at for build files too.
	t.Chdir(dir)
	tree = walk(t, []string{"apps/orders/src/main/java/o/Job.java"}, Options{})
	if got := tree.ModuleRoot("apps/orders/src/main/java/o/Job.java"); got != "apps/orders" {
		t.Errorf("file PATH: ModuleRoot = %q, want apps/orders", got)
	}
	tree = walk(t, []string{"core/src"}, Options{})
	if got := tree.ModuleRoot("core/src/main/java/a/A.java"); got != "core" {
		t.Errorf("directory PATH: ModuleRoot = %q, want core", got)
	}

	// No build file anywhere.
	bare := t.TempDir()
	writeTree(t, bare, map[string]string{"x/y/Job.java": "", "conf/flink-conf.yaml": ""})
	tree = walk(t, []string{bare}, Options{})
	for _, rel := range []string{"x/y/Job.java", "conf/flink-conf.yaml", ""} {
		if got := tree.ModuleRoot(rel); got != "" {
			t.Errorf("no build file: ModuleRoot(%q) = %q", rel, got)
		}
	}

	// A Tree built by hand uses its BuildFile entries.
	hand := &Tree{Files: []FileRef{
		{Rel: "m/build.gradle", Kind: BuildFile},
		{Rel: "m/n/pom.xml", Kind: BuildFile},
		{Rel: "m/n/src/A.java", Kind: Java},
		{Rel: "m/src/B.java", Kind: Java},
	}}
	for rel, want := range map[string]string{"m/n/src/A.java": "m/n", "m/src/B.java": "m", "x/C.java": ""} {
		if got := hand.ModuleRoot(rel); got != want {
			t.Errorf("hand-built: ModuleRoot(%q) = %q, want %q", rel, got, want)
		}
	}
}

func TestWalkAncestorGitignore(t *testing.T) {
	top := t.TempDir()
	writeTree(t, top, map[string]string{
		".git/":                 "",
		".gitignore":            "*.gen.java\n/svc/skip/\n",
		"svc/.gitignore":        "!keep.gen.java\n",
		"svc/A.java":            "",
		"svc/x.gen.java":        "",
		"svc/keep.gen.java":     "",
		"svc/skip/S.java":       "",
		"svc/sub/skip/S.java":   "",
		"svc/sub/.gitignore":    "",
		"svc/sub/deeper/D.java": "",
	})
	svc := filepath.Join(top, "svc")
	tree := walk(t, []string{svc}, Options{})
	if got, want := rels(tree), []string{"A.java", "keep.gen.java", "sub/deeper/D.java", "sub/skip/S.java"}; !slices.Equal(got, want) {
		t.Errorf("inside a work tree: got %q, want %q", got, want)
	}
	// A directory PATH below the root: the .gitignore files on the way
	// down apply.
	tree = walk(t, []string{filepath.Join(svc, "sub"), filepath.Join(svc, "keep.gen.java")}, Options{})
	if got, want := rels(tree), []string{"keep.gen.java", "sub/deeper/D.java", "sub/skip/S.java"}; !slices.Equal(got, want) {
		t.Errorf("sub and keep.gen.java: got %q, want %q", got, want)
	}

	// Outside a work tree the .gitignore files above the root are not read.
	if err := os.Remove(filepath.Join(top, ".git")); err != nil {
		t.Fatal(err)
	}
	tree = walk(t, []string{svc}, Options{})
	if got, want := rels(tree), []string{"A.java", "keep.gen.java", "skip/S.java", "sub/deeper/D.java", "sub/skip/S.java", "x.gen.java"}; !slices.Equal(got, want) {
		t.Errorf("outside a work tree: got %q, want %q", got, want)
	}
}

func TestWalkDeterministic(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{}
	for i := range 200 {
		files[fmt.Sprintf("m%d/src/main/java/p%d/C%d.java", i%7, i%13, i)] = ""
	}
	writeTree(t, dir, files)
	a := walk(t, []string{dir}, Options{})
	b := walk(t, []string{filepath.Join(dir, "m3"), dir, filepath.Join(dir, "m1")}, Options{})
	if !reflect.DeepEqual(a, b) {
		t.Error("Walk results differ with the PATH order")
	}
	if !slices.IsSortedFunc(a.Files, func(x, y FileRef) int { return strings.Compare(x.Rel, y.Rel) }) || len(a.Files) != 200 {
		t.Errorf("%d files, sorted %v", len(a.Files), slices.IsSortedFunc(a.Files, func(x, y FileRef) int { return strings.Compare(x.Rel, y.Rel) }))
	}
}

func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"A.java": "class A {}", "d/": ""})
	ref := FileRef{Rel: "A.java", Abs: filepath.Join(dir, "A.java"), Kind: Java}
	if data, err := ReadFile(ref, 0); err != nil || string(data) != "class A {}" {
		t.Errorf("ReadFile = %q, %v", data, err)
	}
	if data, err := ReadFile(ref, 10); err != nil || string(data) != "class A {}" {
		t.Errorf("ReadFile at the cap = %q, %v", data, err)
	}
	_, err := ReadFile(ref, 9)
	if !errors.Is(err, ErrTooLarge) || err.Error() != "read A.java: file too large: 10 bytes, over the 9 bytes limit" {
		t.Errorf("ReadFile over the cap: %v", err)
	}
	_, err = ReadFile(FileRef{Rel: "B.java", Abs: filepath.Join(dir, "B.java")}, 0)
	if !errors.Is(err, fs.ErrNotExist) || err.Error() != "read B.java: no such file or directory" {
		t.Errorf("ReadFile missing: %v", err)
	}
	if _, err := ReadFile(FileRef{Rel: "d", Abs: filepath.Join(dir, "d")}, 0); err == nil || err.Error() != "read d: not a regular file" {
		t.Errorf("ReadFile directory: %v", err)
	}
}

// BenchmarkWalk walks a generated tree of 5,000 files flinklint reads
// (plus about 1,100 it does not, and target/ directories it skips).
func BenchmarkWalk(b *testing.B) {
	dir := b.TempDir()
	files := map[string]string{".gitignore": "*.gen.java\n/module-0/ignored/\n"}
	for m := range 50 {
		mod := fmt.Sprintf("module-%d", m)
		files[mod+"/pom.xml"] = "<project/>"
		files[mod+"/README.md"] = ""
		files[mod+"/src/main/resources/flink-conf.yaml"] = ""
		files[mod+"/target/classes/Gen.class"] = ""
		for p := range 7 {
			for c := range 14 {
				base := fmt.Sprintf("%s/src/main/java/com/acme/p%d/C%d", mod, p, c)
				files[base+".java"] = "class C {}"
				if c%5 == 0 {
					files[base+".class"] = ""
				}
			}
		}
	}
	writeTree(b, dir, files)
	var n int
	for b.Loop() {
		tree, err := Walk([]string{dir}, Options{})
		if err != nil {
			b.Fatal(err)
		}
		n = len(tree.Files)
	}
	if n != 5000 {
		b.Fatalf("walked %d files, want 5000", n)
	}
}
