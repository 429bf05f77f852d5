package toolconfig

import (
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis/config"
)

func TestParse(t *testing.T) {
	c, err := Parse(".flinklint.yaml", []byte("flink-version: \"1.18\"\nfail-on: error\nenable: [UID005]\ndisable:\n  - state-backend-not-set\nlevel:\n  CKPT003: warning\nexclude:\n  - legacy/**\n  - \"*Generated.java\"\n"))
	if err != nil {
		t.Fatal(err)
	}
	if c.FlinkVersion != "1.18" || c.FailOn != "error" || len(c.Enable) != 1 || c.Level["CKPT003"] != "warning" {
		t.Errorf("parsed %+v", c)
	}
	if c.FlinkVersionLine != 1 {
		t.Errorf("flink-version on line %d, want 1", c.FlinkVersionLine)
	}
	for path, want := range map[string]bool{
		"legacy/a/Job.java":           true,
		"src/legacy/Job.java":         false,
		"src/x/OrdersGenerated.java":  true,
		"OrdersGenerated.java":        true,
		"src/x/OrdersGeneratedX.java": false,
	} {
		if got := c.Excluded(path); got != want {
			t.Errorf("Excluded(%s) = %v, want %v", path, got, want)
		}
	}
}

func TestErrorsNameFileAndLine(t *testing.T) {
	for src, want := range map[string]string{
		"enable: [UID001]\nfail_on: error\n": ".flinklint.yaml:2: unknown key \"fail_on\"",
		"fail-on: fatal\n":                   ".flinklint.yaml:1: fail-on must be",
		"level:\n  UID001: loud\n":           ".flinklint.yaml:2: level of UID001",
		"exclude: ['']\n":                    ".flinklint.yaml:1: exclude",
		"enable: [UID001\n":                  ".flinklint.yaml:",
		// Issue 18: the same validation as --flink-version, and bad globs.
		"fail-on: note\nflink-version: \"9.9\"\n":                  ".flinklint.yaml:2: flink-version must be one of 1.15, 1.16, 1.17, 1.18, 1.19, 1.20, 2.0, 2.1, 2.2, 2.3, not \"9.9\"",
		"flink-version: 1.2\n":                                     ".flinklint.yaml:1: flink-version must be one of",
		"exclude: [\"[\"]\n":                                       ".flinklint.yaml:1: exclude \"[\": unterminated [",
		"enable: [UID001]\nexclude:\n  - ok/**\n  - \"src/[a-\"\n": ".flinklint.yaml:4: exclude \"src/[a-\": unterminated [",
		"exclude: [\"[z-a]x\"]\n":                                  ".flinklint.yaml:1: exclude \"[z-a]x\": bad character class",
		"fail-on: note\nflink-version: \"1.18.1\"\n":               ".flinklint.yaml:2: flink-version must be one of 1.15, ",
	} {
		_, err := Parse(".flinklint.yaml", []byte(src))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", src, err, want)
		}
	}
	c, _ := Parse(".flinklint.yaml", []byte("a: 1\n"))
	_ = c
	c, err := Parse(".flinklint.yaml", []byte("disable:\n  - UID001\n  - NOPE042\n"))
	if err != nil {
		t.Fatal(err)
	}
	err = c.Check(func(s string) bool { return s == "UID001" })
	if err == nil || !strings.Contains(err.Error(), ".flinklint.yaml:3: unknown rule \"NOPE042\"") {
		t.Errorf("unknown rule: %v", err)
	}
}

// Every version flinklint supports is accepted, and only those: the list is
// the option dataset's.
func TestFlinkVersions(t *testing.T) {
	for _, v := range config.Versions() {
		if _, err := Parse(".flinklint.yaml", []byte("flink-version: \""+v+"\"\n")); err != nil {
			t.Errorf("flink-version %s: %v", v, err)
		}
	}
}

// TestGlobClasses: [...] matches one character of a set within a segment,
// [!...] or [^...] one outside it, and \ escapes (as in .gitignore).
func TestGlobClasses(t *testing.T) {
	for glob, paths := range map[string]map[string]bool{
		"src/[Tt]est/**": {"src/test/A.java": true, "src/Test/A.java": true, "src/best/A.java": false},
		"*[0-9].yaml":    {"conf/v1.yaml": true, "conf/vx.yaml": false},
		"[!a]*.java":     {"B.java": true, "a/B.java": true, "aB.java": false},
		"x[/]y":          {"x/y": false},
		"x[+-0]y":        {"x/y": false, "x.y": true, "x0y": true},
		`a\[b`:           {"a[b": true, "ab": false},
		"[]]x":           {"]x": true},
	} {
		re, err := Glob(glob)
		if err != nil {
			t.Errorf("%s: %v", glob, err)
			continue
		}
		for p, want := range paths {
			if got := re.MatchString(p); got != want {
				t.Errorf("%s matches %s: %v, want %v", glob, p, got, want)
			}
		}
	}
}
