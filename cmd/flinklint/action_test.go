package main

import (
	"os"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestAction checks the composite action's contract: inputs reach the
// scan through the environment (no script injection), the upload runs only
// when the scan itself succeeded, and flinklint's exit code is re-raised.
func TestAction(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	var a struct {
		Runs struct {
			Using string `yaml:"using"`
			Steps []struct {
				ID, Name, If, Uses, Run string
				Env                     map[string]string
			} `yaml:"steps"`
		} `yaml:"runs"`
		Inputs map[string]any `yaml:"inputs"`
	}
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	if a.Runs.Using != "composite" {
		t.Errorf("using %q", a.Runs.Using)
	}
	for _, in := range []string{"path", "fail-on", "args", "sarif-file", "category", "upload"} {
		if _, ok := a.Inputs[in]; !ok {
			t.Errorf("input %q missing", in)
		}
	}
	var scan, upload, reraise bool
	for _, s := range a.Runs.Steps {
		if strings.Contains(s.Run, "${{") {
			t.Errorf("step %q splices an expression into its script; pass it through env", s.Name)
		}
		switch {
		case s.ID == "scan":
			scan = strings.Contains(s.Run, "flinklint\" scan") && s.Env["FL_ARGS"] != ""
		case strings.HasPrefix(s.Uses, "github/codeql-action/upload-sarif"):
			upload = strings.Contains(s.If, "steps.scan.outputs.exit-code != '2'")
		case strings.Contains(s.Run, "exit \"$FL_CODE\""):
			reraise = true
		}
	}
	if !scan || !upload || !reraise {
		t.Errorf("scan %v, conditional upload %v, re-raised exit code %v", scan, upload, reraise)
	}
}
