package main

import (
	"os"
	"regexp"
	"slices"
	"strconv"
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

// pinnedUse is a `uses:` of a third-party action pinned to a full commit
// SHA with the version in a comment, as supply-chain advice and GitHub's
// own hardening guide ask.
var pinnedUse = regexp.MustCompile(`^\s*-?\s*uses:\s*([\w.-]+/[\w.-]+)(/[\w./-]+)?@([0-9a-f]{40})\s+#\s*v(\d+)\.\d+\.\d+\s*$`)

// TestActionHardened: every action the composite action uses is pinned by
// commit SHA with its version in a comment; the SARIF upload is on
// github/codeql-action v4 (v3 is deprecated); flinklint is built only when
// the cache keyed on its sources has no binary, instead of compiling
// tree-sitter on every run (issue 18).
func TestActionHardened(t *testing.T) {
	data, err := os.ReadFile("../../action.yml")
	if err != nil {
		t.Fatal(err)
	}
	uses := 0
	for i, line := range strings.Split(string(data), "\n") {
		if !strings.Contains(line, "uses:") {
			continue
		}
		uses++
		m := pinnedUse.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("action.yml:%d: %q is not pinned as owner/repo@<40-hex SHA> # vX.Y.Z", i+1, strings.TrimSpace(line))
			continue
		}
		if m[1] == "github/codeql-action" {
			if major, _ := strconv.Atoi(m[4]); major < 4 {
				t.Errorf("action.yml:%d: github/codeql-action v%s; v4 is the current major", i+1, m[4])
			}
		}
	}
	if uses < 3 {
		t.Errorf("%d uses: lines; want setup-go, cache and upload-sarif", uses)
	}
	var a struct {
		Runs struct {
			Steps []struct {
				ID, Name, If, Uses, Run string
				With                    map[string]string
			} `yaml:"steps"`
		} `yaml:"runs"`
	}
	if err := yaml.Unmarshal(data, &a); err != nil {
		t.Fatal(err)
	}
	var cacheID, keyStep string
	var setupGo, build bool
	for _, s := range a.Runs.Steps {
		switch {
		case strings.HasPrefix(s.Uses, "actions/cache@"):
			cacheID, keyStep = s.ID, s.With["key"]
		case strings.HasPrefix(s.Uses, "actions/setup-go@"):
			setupGo = cacheID != "" && strings.Contains(s.If, "steps."+cacheID+".outputs.cache-hit != 'true'")
		case strings.Contains(s.Run, "go build"):
			build = cacheID != "" && strings.Contains(s.If, "steps."+cacheID+".outputs.cache-hit != 'true'")
		}
	}
	if cacheID == "" || !strings.Contains(keyStep, "steps.") || !setupGo || !build {
		t.Errorf("cache step %q (key %q); Go set up only on a miss: %v; built only on a miss: %v", cacheID, keyStep, setupGo, build)
	}
}

// TestPreCommitHook: the hook runs when any file the scan reads changes:
// Java sources, Flink config and manifests, log configs, and the build
// files version detection reads (issue 18: Gradle, sbt and version
// catalogs were left out).
func TestPreCommitHook(t *testing.T) {
	data, err := os.ReadFile("../../.pre-commit-hooks.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var hooks []struct {
		ID, Entry, Files string
	}
	if err := yaml.Unmarshal(data, &hooks); err != nil || len(hooks) != 1 {
		t.Fatalf("hooks %+v: %v", hooks, err)
	}
	re, err := regexp.Compile(hooks[0].Files)
	if err != nil {
		t.Fatalf("files %q: %v", hooks[0].Files, err)
	}
	match := []string{"src/main/java/a/Job.java", "conf/flink-conf.yaml", "config.yaml", "deploy/job.yml",
		".flinklint.yaml", "log4j-console.properties", "logback.xml", "pom.xml", "build.gradle",
		"app/build.gradle.kts", "build.sbt", "gradle/libs.versions.toml", "gradle.properties"}
	other := []string{"README.md", "main.py", "notbuild.gradle", "other.toml", "Job.javax"}
	for _, path := range append(match, other...) {
		if got, want := re.MatchString(path), slices.Contains(match, path); got != want {
			t.Errorf("files %q matches %s: %v, want %v", hooks[0].Files, path, got, want)
		}
	}
}

// TestReadmePinsReleases: the README's workflow and pre-commit examples
// name a release tag, not a moving branch (issue 18).
func TestReadmePinsReleases(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, moving := range []string{"flinklint/flinklint@main", "rev: main", "@master"} {
		if strings.Contains(string(data), moving) {
			t.Errorf("README.md tells users %q, a moving ref", moving)
		}
	}
	for _, want := range []string{"flinklint/flinklint@v", "rev: v", "actions: read"} {
		if !strings.Contains(string(data), want) {
			t.Errorf("README.md lacks %q", want)
		}
	}
}

// TestReadmeFirstCommand: the README's first command exits 1 on the
// fixtures (they hold findings on purpose) and the README says so, so a
// newcomer does not take it for a failure; it also says what .ci/run needs
// beyond make test (issue 18).
func TestReadmeFirstCommand(t *testing.T) {
	data, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := strings.Join(strings.Fields(string(data)), " ")
	for _, want := range []string{"bin/flinklint scan testdata/", "the first command prints them and exits 1", "Node.js and npm"} {
		if !strings.Contains(readme, want) {
			t.Errorf("README.md lacks %q", want)
		}
	}
	if code, _, stderr := runCLI(t, "scan", "../../testdata/"); code != 1 {
		t.Errorf("flinklint scan testdata/ exits %d, the README says 1:\n%s", code, stderr)
	}
}
