package rules_test

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/analysistest"
	"github.com/flinklint/flinklint/analysis/rules"
	"github.com/flinklint/flinklint/analysis/scan"
)

const testdata = "../../testdata"

// TestFixtures runs each rule alone over its fixtures:
// testdata/java/<rule-name>/ and testdata/config/<rule-name>/.
func TestFixtures(t *testing.T) {
	for _, r := range rules.All {
		t.Run(r.ID, func(t *testing.T) {
			found := false
			for _, kind := range []string{"java", "config"} {
				dir := filepath.Join(testdata, kind, r.Name)
				if _, err := os.Stat(dir); err != nil {
					continue
				}
				found = true
				analysistest.Run(t, dir, []*analysis.Rule{r}, analysistest.Options{})
			}
			if !found {
				t.Fatalf("rule %s has no fixtures in testdata/java/%s or testdata/config/%s", r.ID, r.Name, r.Name)
			}
		})
	}
}

// TestProjects runs every default rule over the multi-module projects.
func TestProjects(t *testing.T) {
	entries, err := os.ReadDir(filepath.Join(testdata, "projects"))
	if err != nil {
		t.Fatal(err)
	}
	var defaults []*analysis.Rule
	for _, r := range rules.All {
		if r.Default {
			defaults = append(defaults, r)
		}
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		t.Run(e.Name(), func(t *testing.T) {
			analysistest.Run(t, filepath.Join(testdata, "projects", e.Name()), defaults, analysistest.Options{})
		})
	}
}

// TestExamples scans every rule's Bad and Good examples: Bad must fire the
// rule, Good must not.
func TestExamples(t *testing.T) {
	for _, r := range rules.All {
		t.Run(r.ID, func(t *testing.T) {
			for _, ex := range []struct {
				name string
				src  string
				fire bool
			}{{"bad", r.Bad, true}, {"good", r.Good, false}} {
				dir := t.TempDir()
				name := "Example.java"
				switch {
				case r.ExampleFile != "":
					name = r.ExampleFile
				case r.ExampleLang == "yaml":
					name = "config.yaml"
				}
				if err := os.WriteFile(filepath.Join(dir, name), []byte(ex.src), 0o644); err != nil {
					t.Fatal(err)
				}
				res, err := scan.Run(context.Background(), scan.Options{Paths: []string{dir}, Rules: []*analysis.Rule{r}, Enable: []string{r.ID}})
				if err != nil {
					t.Fatal(err)
				}
				if len(res.Notifications) > 0 {
					t.Errorf("%s example: notifications %+v", ex.name, res.Notifications)
				}
				if fired := len(res.Diagnostics) > 0; fired != ex.fire {
					t.Errorf("%s example: fired=%v, want %v; findings: %+v", ex.name, fired, ex.fire, res.Diagnostics)
				}
			}
		})
	}
}
