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
		"enable: [UID001]\nfail_on: error\n":         ".flinklint.yaml:2: unknown key \"fail_on\"",
		"fail-on: fatal\n":                           ".flinklint.yaml:1: fail-on must be",
		"level:\n  UID001: loud\n":                   ".flinklint.yaml:2: level of UID001",
		"exclude: ['']\n":                            ".flinklint.yaml:1: exclude",
		"enable: [UID001\n":                          ".flinklint.yaml:",
		"fail-on: note\nflink-version: \"1.18.1\"\n": ".flinklint.yaml:2: flink-version must be one of 1.15, ",
		"flink-version: \"3.9\"\n":                   ".flinklint.yaml:1: flink-version must be one of",
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
