package load

import (
	"maps"
	"math/rand"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestParseIgnoreLine(t *testing.T) {
	tests := []struct {
		line string
		want ignorePattern
		ok   bool
	}{
		{"", ignorePattern{}, false},
		{"# comment", ignorePattern{}, false},
		{"   ", ignorePattern{}, false},
		{"!", ignorePattern{}, false},
		{"/", ignorePattern{}, false},
		{`\#hash`, ignorePattern{glob: `\#hash`, basename: true, prefix: 0}, true},
		{`\!bang`, ignorePattern{glob: `\!bang`, basename: true}, true},
		{"!keep.java", ignorePattern{glob: "keep.java", negate: true, basename: true, literal: true, prefix: -1}, true},
		{"trail.java   ", ignorePattern{glob: "trail.java", basename: true, literal: true, prefix: -1}, true},
		{`space\ `, ignorePattern{glob: `space\ `, basename: true, prefix: 5}, true},
		{`two\  `, ignorePattern{glob: `two\ `, basename: true, prefix: 3}, true},
		{"tab\t", ignorePattern{glob: "tab\t", basename: true, literal: true, prefix: -1}, true},
		{"build/", ignorePattern{glob: "build", dirOnly: true, basename: true, literal: true, prefix: -1}, true},
		{"/root.java", ignorePattern{glob: "root.java", literal: true, prefix: -1}, true},
		{"a/b/", ignorePattern{glob: "a/b", dirOnly: true, literal: true, prefix: -1}, true},
		{"**/tmp/**", ignorePattern{glob: "**/tmp/**"}, true},
		{"*.gen.java", ignorePattern{glob: "*.gen.java", basename: true}, true},
		{"src/**/gen/", ignorePattern{glob: "src/**/gen", dirOnly: true, prefix: 4}, true},
	}
	for _, tt := range tests {
		got, ok := parseIgnoreLine(tt.line)
		if ok != tt.ok || got != tt.want {
			t.Errorf("parseIgnoreLine(%q) = %+v, %v; want %+v, %v", tt.line, got, ok, tt.want, tt.ok)
		}
	}
}

func TestParseIgnoreBOMAndCRLF(t *testing.T) {
	f := parseIgnore("sub", []byte("\xef\xbb\xbfA.java\r\n# c\r\n\r\n!B.java\r\n"))
	if f == nil || len(f.patterns) != 2 || f.patterns[0].glob != "A.java" || f.patterns[1].glob != "B.java" || !f.patterns[1].negate {
		t.Fatalf("parseIgnore = %+v", f)
	}
	if parseIgnore("", []byte("# only a comment\n\n")) != nil {
		t.Error("a file without patterns should parse to nil")
	}
}

// gitignoreTree exercises the gitignore rules flinklint supports. Every
// file is a .java file in a directory no skip rule applies to, so what
// Walk returns is exactly what git does not ignore.
var gitignoreTree = map[string]string{
	".gitignore": strings.Join([]string{
		"# a comment",
		"*.gen.java",
		"!keep.gen.java",
		"/Anchored.java",
		"docs/",
		"**/tmp/**",
		"a/**/deep.java",
		`\#Hash.java`,
		`\!Bang.java`,
		"Trailing.java   ",
		`[Bb]racket?.java`,
		"x[!0-9].java",
		"generated/",
		"!generated/Keep.java",
		"sub/*/Star.java",
		"**/foo/Bar.java",
		"NotADir.java/",
		"mid/dle/",
		"lib**/gen/",
		"",
	}, "\n"),
	"a/.gitignore":   "!Anchored.java\n/local.java\nb/\n!*.gen.java\n",
	"a/c/.gitignore": "!deep.java\n",

	"Anchored.java":        "",
	"a/Anchored.java":      "",
	"x.gen.java":           "",
	"keep.gen.java":        "",
	"a/y.gen.java":         "",
	"docs/D.java":          "",
	"a/docs/D.java":        "",
	"tmp/T.java":           "",
	"a/tmp/T.java":         "",
	"tmpx/T.java":          "",
	"a/deep.java":          "",
	"a/c/deep.java":        "",
	"a/c/d/deep.java":      "",
	"#Hash.java":           "",
	"!Bang.java":           "",
	"Trailing.java":        "",
	"Bracket1.java":        "",
	"bracketZ.java":        "",
	"Bracket.java":         "",
	"xa.java":              "",
	"x1.java":              "",
	"generated/Keep.java":  "",
	"sub/q/Star.java":      "",
	"sub/q/r/Star.java":    "",
	"sub/Star.java":        "",
	"foo/Bar.java":         "",
	"z/foo/Bar.java":       "",
	"a/local.java":         "",
	"a/c/local.java":       "",
	"a/b/B.java":           "",
	"NotADir.java":         "",
	"mid/dle/M.java":       "",
	"x/mid/dle/M.java":     "",
	"Plain.java":           "",
	"a/c/d/e/Nested.java":  "",
	"sub/q/NotStar.java":   "",
	"a/c/d/keep.gen.java":  "",
	"a/c/d/other.gen.java": "",
	"lib/a/gen/G.java":     "",
	"libfoo/gen/G.java":    "",
	"lib/gen2/G.java":      "",
}

var gitignoreWant = []string{
	"Bracket.java",
	"NotADir.java",
	"Plain.java",
	"a/Anchored.java",
	"a/c/d/deep.java",
	"a/c/d/e/Nested.java",
	"a/c/d/keep.gen.java",
	"a/c/d/other.gen.java",
	"a/c/deep.java",
	"a/c/local.java",
	"a/y.gen.java",
	"keep.gen.java",
	"lib/gen2/G.java",
	"sub/Star.java",
	"sub/q/NotStar.java",
	"sub/q/r/Star.java",
	"tmpx/T.java",
	"x/mid/dle/M.java",
	"x1.java",
}

func TestWalkGitignore(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, gitignoreTree)
	tree := walk(t, []string{dir}, Options{IncludeTests: true})
	if got := rels(tree); !slices.Equal(got, gitignoreWant) {
		t.Errorf("files:\n got %q\nwant %q", got, gitignoreWant)
	}
	if len(tree.Notes) != 0 {
		t.Errorf("notes: %+v", tree.Notes)
	}
}

// TestWalkGitignoreMatchesGit checks the same tree against git itself:
// the files Walk returns are the untracked, not ignored files git lists.
func TestWalkGitignoreMatchesGit(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, gitignoreTree)
	gitFiles := gitUntracked(t, dir)
	tree := walk(t, []string{dir}, Options{IncludeTests: true})
	if got := rels(tree); !slices.Equal(got, gitFiles) {
		t.Errorf("walk and git disagree:\nwalk %q\n git %q", got, gitFiles)
	}
}

// gitUntracked runs `git ls-files --others --exclude-standard` in a fresh
// repository at dir, isolated from the user's and the system's git
// configuration, and returns the .java files it lists. It skips the test
// when git is not installed.
func gitUntracked(t *testing.T, dir string) []string {
	t.Helper()
	git, err := exec.LookPath("git")
	if err != nil {
		t.Skip("git not installed")
	}
	run := func(args ...string) string {
		cmd := exec.Command(git, append([]string{"-c", "core.excludesFile=" + os.DevNull, "-c", "core.quotePath=false"}, args...)...)
		cmd.Dir = dir
		cmd.Env = append(os.Environ(), "GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL="+os.DevNull, "HOME="+dir)
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
		return string(out)
	}
	run("init", "-q")
	t.Cleanup(func() { os.RemoveAll(filepath.Join(dir, ".git")) })
	var files []string
	for _, line := range strings.Split(run("ls-files", "-z", "--others", "--exclude-standard"), "\x00") {
		if strings.HasSuffix(line, ".java") {
			files = append(files, line)
		}
	}
	slices.Sort(files)
	return files
}

// TestGitignoreRandomAgainstGit compares Walk with git on random trees and
// random .gitignore files (anchored, negated, directory-only, nested,
// wildcards, brackets, escapes, comments, trailing spaces).
func TestGitignoreRandomAgainstGit(t *testing.T) {
	if testing.Short() {
		t.Skip("slow: runs git for every tree")
	}
	rng := rand.New(rand.NewSource(11))
	names := []string{"a", "b", "ab", "ba", "c"}
	pick := func(xs []string) string { return xs[rng.Intn(len(xs))] }
	segments := []string{"*", "?", "[ab]", "[!a]*", "**", "a*", "*b", "[a-b]?", `b\a`, "***", "a**",
		"[[:alpha:]]*", `\a*`, "[^b]?", "b**/a", "a", "b", "ab", "ba", "c"}
	pattern := func() string {
		parts := make([]string, 1+rng.Intn(3))
		for i := range parts {
			parts[i] = pick(segments)
		}
		p := strings.Join(parts, "/")
		if rng.Intn(4) == 0 {
			p = "/" + p
		}
		if rng.Intn(4) == 0 {
			p += "/"
		}
		if rng.Intn(3) == 0 {
			p = "!" + p
		}
		if rng.Intn(6) == 0 {
			p = strings.ReplaceAll(p, "*", "*.java")
		}
		switch rng.Intn(10) {
		case 0:
			p += "   "
		case 1:
			p = "#" + p
		case 2:
			p += `\ `
		}
		return p
	}
	for iter := range 60 {
		dir := t.TempDir()
		files := map[string]string{}
		for range 25 {
			parts := make([]string, 1+rng.Intn(4))
			for j := range parts {
				parts[j] = pick(names)
			}
			files[strings.Join(parts, "/")+"/"+pick(names)+".java"] = ""
		}
		ignoreDirs := []string{""}
		for _, f := range slices.Sorted(maps.Keys(files)) {
			if d := path.Dir(f); rng.Intn(6) == 0 {
				ignoreDirs = append(ignoreDirs, d)
			}
		}
		var desc []string
		for _, d := range ignoreDirs {
			var lines []string
			for range 1 + rng.Intn(5) {
				lines = append(lines, pattern())
			}
			rel := path.Join(d, ".gitignore")
			files[rel] = strings.Join(lines, "\n") + "\n"
			desc = append(desc, rel+": "+strings.Join(lines, " | "))
		}
		writeTree(t, dir, files)
		want := gitUntracked(t, dir)
		if want == nil {
			want = []string{}
		}
		if got := rels(walk(t, []string{dir}, Options{IncludeTests: true})); !slices.Equal(got, want) {
			t.Fatalf("tree %d:\n%s\nwalk %q\n git %q", iter, strings.Join(desc, "\n"), got, want)
		}
	}
}
