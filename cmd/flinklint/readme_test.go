package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/rules"
)

const (
	tableBegin = "<!-- rules:begin (generated from the registry by go test ./cmd/flinklint -update) -->"
	tableEnd   = "<!-- rules:end -->"
)

// ruleTable renders the README's rule table from the registry.
func ruleTable() string {
	var b strings.Builder
	b.WriteString("| ID | Name | Level | Default | What it catches |\n| --- | --- | --- | --- | --- |\n")
	for _, r := range rules.All {
		def := "on"
		if !r.Default {
			def = "off"
		}
		fmt.Fprintf(&b, "| %s | `%s` | %s | %s | %s |\n", r.ID, r.Name, r.Level, def, r.Summary)
	}
	return b.String()
}

// TestReadmeRuleTable fails when the README's table is stale.
func TestReadmeRuleTable(t *testing.T) {
	const path = "../../README.md"
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(data)
	i, j := strings.Index(readme, tableBegin), strings.Index(readme, tableEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the %q ... %q markers", tableBegin, tableEnd)
	}
	want := readme[:i] + tableBegin + "\n" + ruleTable() + readme[j:]
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if readme != want {
		t.Errorf("README.md rule table is stale: run go test ./cmd/flinklint -update")
	}
}

// TestReadmeVersions fails when the README names a range of supported Flink
// versions ("`1.15` … `2.1`", "Flink 1.15–2.1") other than the dataset's,
// the one list of them (config.Versions).
func TestReadmeVersions(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	vs := config.Versions()
	first, last := regexp.QuoteMeta(vs[0]), vs[len(vs)-1]
	re := regexp.MustCompile("`?" + first + "`?\\s*(?:…|\\.\\.\\.|–|-|to)\\s*`?(\\d+\\.\\d+)")
	ms := re.FindAllStringSubmatch(string(data), -1)
	if len(ms) == 0 {
		t.Fatalf("README.md names no range of versions from %s", vs[0])
	}
	for _, m := range ms {
		if m[1] != last {
			t.Errorf("README.md says %q; the supported versions end at %s", m[0], last)
		}
	}
}
