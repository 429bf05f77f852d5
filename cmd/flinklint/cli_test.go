package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/sarif"
)

var update = flag.Bool("update", false, "rewrite golden files and the README rule table")

const monorepo = "../../testdata/projects/monorepo"

func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		name string
		args []string
		want int
	}{
		{"findings", []string{"scan", monorepo}, 1},
		{"fail-on none", []string{"scan", "--fail-on", "none", monorepo}, 0},
		{"fail-on error below threshold", []string{"scan", "--fail-on", "error", "--disable", "UID002,PAR002", monorepo}, 0},
		{"fail-on error", []string{"scan", "--fail-on", "error", monorepo}, 1},
		{"bad flag", []string{"scan", "--no-such-flag", monorepo}, 2},
		{"bad format", []string{"scan", "-f", "xml", monorepo}, 2},
		{"bad fail-on", []string{"scan", "--fail-on", "fatal", monorepo}, 2},
		{"bad flink version", []string{"scan", "--flink-version", "3.9", monorepo}, 2},
		{"patch flink version", []string{"scan", "--flink-version", "2.3.0", monorepo}, 2},
		{"flink 2.2", []string{"scan", "--flink-version", "2.2", "--fail-on", "none", monorepo}, 0},
		{"flink 2.3", []string{"scan", "--flink-version", "2.3", "--fail-on", "none", monorepo}, 0},
		{"unknown rule", []string{"scan", "--enable", "NOPE001", monorepo}, 2},
		{"missing path", []string{"scan", filepath.Join(t.TempDir(), "missing")}, 2},
		{"missing flink-config", []string{"scan", "--flink-config", "/no/such/flink-conf.yaml", monorepo}, 2},
		{"unwritable output", []string{"scan", "-o", "/no/such/dir/out.sarif", monorepo}, 2},
		{"no command", nil, 2},
		{"unknown command", []string{"lint"}, 2},
		{"version", []string{"version"}, 0},
		{"rules", []string{"rules"}, 0},
		{"explain", []string{"explain", "UID001"}, 0},
		{"explain by name", []string{"explain", "duplicate-uid"}, 0},
		{"explain unknown", []string{"explain", "NOPE"}, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if code, _, stderr := runCLI(t, tc.args...); code != tc.want {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, tc.want, stderr)
			}
		})
	}
}

// TestDeterministic: the same scan with -j 1 and -j 4 writes the same bytes,
// in every format.
func TestDeterministic(t *testing.T) {
	for _, format := range []string{"sarif", "json", "text"} {
		_, a, _ := runCLI(t, "scan", "-f", format, "-j", "1", "../../testdata")
		_, b, _ := runCLI(t, "scan", "-f", format, "-j", "4", "../../testdata")
		if a != b {
			t.Errorf("%s output differs between -j 1 and -j 4", format)
		}
		if a == "" {
			t.Errorf("%s output is empty", format)
		}
	}
}

// TestOutputFile writes atomically to -o and leaves no temporary file.
func TestOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.sarif")
	if code, _, stderr := runCLI(t, "scan", "-f", "sarif", "-o", out, "--fail-on", "none", monorepo); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if err := sarif.ValidateSchema(data); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("leftover files: %v", entries)
	}
}

// TestOutputToDevice: -o /dev/null writes to the device and leaves it a
// device (an atomic rename would replace it with a regular file).
func TestOutputToDevice(t *testing.T) {
	if code, _, stderr := runCLI(t, "scan", "-f", "sarif", "-o", os.DevNull, "--fail-on", "none", monorepo); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	st, err := os.Stat(os.DevNull)
	if err != nil || st.Mode().IsRegular() {
		t.Fatalf("%s is no longer a device: %v %v", os.DevNull, st.Mode(), err)
	}
}

// TestBadInput: a syntax error, a binary file named .java and a non-UTF-8
// file each give one notification, and the good job next to them is still
// analyzed.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A Flink file with a syntax error (files that do not touch Flink are
	// not parsed at all, so their syntax is not flinklint's business).
	write("Broken.java", []byte("package x;\nimport org.apache.flink.streaming.api.datastream.DataStream;\nclass Broken { void m() { int x = ; } }\n"))
	write("Binary.java", []byte("\x00\x01\x02PK\x03\x04 not java"))
	write("Latin1.java", []byte("package x;\n// caf\xe9\nclass Latin1 {}\n"))
	write("Job.java", []byte(`package x;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
class Job {
    public static void main(String[] a) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("h", 1).keyBy(s -> s).reduce((x, y) -> x).print();
        env.execute();
    }
}
`))
	code, stdout, stderr := runCLI(t, "scan", "--enable", "UID001", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 (the good job has findings)", code)
	}
	if !strings.Contains(stdout, "Job.java:6:") || !strings.Contains(stdout, "UID001") {
		t.Errorf("good job not analyzed:\n%s", stdout)
	}
	for _, want := range []string{"Broken.java:3:", "Binary.java", "Latin1.java:2:"} {
		if n := strings.Count(stderr, want); n != 1 {
			t.Errorf("%d notifications for %s, want 1; stderr:\n%s", n, want, stderr)
		}
	}
	_, sarifOut, _ := runCLI(t, "scan", "-f", "sarif", dir)
	if n := strings.Count(sarifOut, `"descriptor"`); n != 3 {
		t.Errorf("SARIF has %d tool notifications, want 3", n)
	}

	// More hostile input: a file over the 4 MiB cap, a symlink loop, broken
	// YAML holding a secret, an empty file. Each is reported once at most,
	// the secret never, and the job is still analyzed.
	write("Huge.java", bytes.Repeat([]byte("// padding\n"), 500_000))
	write("Empty.java", nil)
	write("flink-conf.yaml", []byte("s3.secret-key: hunter2-very-secret\n  nested: [unclosed\n"))
	if err := os.Symlink(".", filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr = runCLI(t, "scan", "--enable", "UID001", dir)
	if code != 1 || !strings.Contains(stdout, "Job.java:6:") {
		t.Errorf("exit %d; job not analyzed:\n%s\n%s", code, stdout, stderr)
	}
	if n := strings.Count(stderr, "Huge.java"); n != 1 {
		t.Errorf("%d notifications for the huge file, want 1:\n%s", n, stderr)
	}
	if strings.Contains(stderr, "Empty.java") {
		t.Errorf("an empty file is valid Java, not a problem:\n%s", stderr)
	}
	for _, format := range []string{"text", "json", "sarif"} {
		_, out, errOut := runCLI(t, "scan", "-f", format, dir)
		if strings.Contains(out+errOut, "hunter2") {
			t.Errorf("%s output prints a secret from a config file", format)
		}
	}
}

// TestGolden compares the outputs that are the product itself.
func TestGolden(t *testing.T) {
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range []struct {
		file string
		args []string
	}{
		{"monorepo.sarif", []string{"scan", "-f", "sarif", "--fail-on", "none", monorepo}},
		{"monorepo.json", []string{"scan", "-f", "json", "--fail-on", "none", monorepo}},
		{"monorepo.txt", []string{"scan", "--fail-on", "none", monorepo}},
		{"rules.txt", []string{"rules"}},
		{"rules.json", []string{"rules", "--format", "json"}},
		{"explain-UID001.md", []string{"explain", "UID001"}},
	} {
		t.Run(g.file, func(t *testing.T) {
			_, got, _ := runCLI(t, g.args...)
			// The scan root's absolute URI differs per machine.
			got = strings.ReplaceAll(got, "file://"+filepath.ToSlash(filepath.Join(root, "testdata/projects/monorepo"))+"/", "file:///SRCROOT/")
			got = strings.ReplaceAll(got, version, "VERSION")
			path := filepath.Join("../../testdata/golden", g.file)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./cmd/flinklint -update)", err)
			}
			if got != string(want) {
				t.Errorf("output differs from %s (run go test ./cmd/flinklint -update and review the diff)\n--- got:\n%s", path, got)
			}
			if strings.HasSuffix(g.file, ".sarif") {
				if err := sarif.ValidateSchema(want); err != nil {
					t.Errorf("golden SARIF fails the official schema: %v", err)
				}
				if err := sarif.CheckGitHub(want); err != nil {
					t.Errorf("golden SARIF fails GitHub ingestion checks: %v", err)
				}
			}
		})
	}
}

// TestBaseline: a baseline written before inserting lines at the top of a
// file still matches every finding afterwards; a new finding is reported.
func TestBaseline(t *testing.T) {
	dir := t.TempDir()
	job := filepath.Join(dir, "Job.java")
	body := `import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
public class Job {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("h", 1).keyBy(s -> s).reduce((a, b) -> a).print();
        env.execute();
    }
}
`
	if err := os.WriteFile(job, []byte("package a;\n"+body), 0o644); err != nil {
		t.Fatal(err)
	}
	base := filepath.Join(dir, "flinklint-baseline.json")
	if code, _, stderr := runCLI(t, "scan", "--write-baseline", base, dir); code != 0 {
		t.Fatalf("write-baseline exit %d: %s", code, stderr)
	}
	shifted := "package a;\n\n// a new header comment\n// and another\n" + strings.Replace(body, "env.execute();", "env.socketTextStream(\"h\", 2).keyBy(s -> s).sum(0).print();\n        env.execute();", 1)
	if err := os.WriteFile(job, []byte(shifted), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "scan", "--baseline", base, dir)
	if code != 1 {
		t.Errorf("exit %d, want 1 for the new finding", code)
	}
	if lines := strings.Split(strings.TrimSpace(stdout), "\n"); len(lines) != 1 || !strings.Contains(lines[0], "UID001") || !strings.Contains(lines[0], `"sum"`) {
		t.Errorf("want only the new sum() finding, got:\n%s", stdout)
	}
	if !strings.Contains(stderr, "more in the baseline") {
		t.Errorf("summary does not count baselined findings: %s", stderr)
	}
	if code, _, _ := runCLI(t, "scan", "--baseline", filepath.Join(dir, "missing.json"), dir); code != 2 {
		t.Errorf("missing baseline: exit %d, want 2", code)
	}
}

// TestToolConfig: .flinklint.yaml at the scan root sets rules, levels,
// excludes and fail-on; flags win; a typo is an error naming file and line.
func TestToolConfig(t *testing.T) {
	dir := t.TempDir()
	job := `package a;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
public class Job {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("h", 1).keyBy(s -> s).reduce((a, b) -> a).print();
        env.execute();
    }
}
`
	for name, content := range map[string]string{
		"Job.java":              job,
		"generated/GenJob.java": strings.Replace(job, "class Job", "class GenJob", 1),
		".flinklint.yaml":       "disable: [PAR001, checkpointing-disabled]\nlevel:\n  UID001: note\n  STATE001: error\nexclude: [\"generated/**\"]\nfail-on: error\n",
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := runCLI(t, "scan", dir)
	want := "Job.java:5:69: error STATE001"
	if code != 1 || !strings.Contains(stdout, want) || !strings.Contains(stdout, "note UID001") ||
		strings.Contains(stdout, "PAR001") || strings.Contains(stdout, "CKPT001") || strings.Contains(stdout, "generated/") {
		t.Errorf("exit %d\n%s%s", code, stdout, stderr)
	}
	// Flags win over the file: --fail-on and --enable.
	if code, stdout, _ := runCLI(t, "scan", "--fail-on", "none", "--enable", "PAR001", dir); code != 0 || !strings.Contains(stdout, "PAR001") {
		t.Errorf("flags did not win: exit %d\n%s", code, stdout)
	}
	// --config names another file; a typo in it is exit 2 with file:line.
	bad := filepath.Join(dir, "strict.yaml")
	os.WriteFile(bad, []byte("enable: [UID005]\nfailon: error\n"), 0o644)
	if code, _, stderr := runCLI(t, "scan", "--config", bad, dir); code != 2 || !strings.Contains(stderr, "strict.yaml:2: unknown key \"failon\"") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
	os.WriteFile(bad, []byte("disable: [UID001, NOPE999]\n"), 0o644)
	if code, _, stderr := runCLI(t, "scan", "--config", bad, dir); code != 2 || !strings.Contains(stderr, "strict.yaml:1: unknown rule \"NOPE999\"") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
	if code, _, _ := runCLI(t, "scan", "--config", filepath.Join(dir, "missing.yaml"), dir); code != 2 {
		t.Errorf("missing --config: exit %d, want 2", code)
	}
	// flink-version is validated as the flag is (issue 18), and findings
	// name the file it came from, not the flag.
	os.WriteFile(bad, []byte("flink-version: \"9.9\"\n"), 0o644)
	if code, _, stderr := runCLI(t, "scan", "--config", bad, dir); code != 2 || !strings.Contains(stderr, "strict.yaml:1: flink-version must be one of 1.15") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
	if code, _, stderr := runCLI(t, "scan", "--flink-version", "9.9", dir); code != 2 || !strings.Contains(stderr, "--flink-version must be one of 1.15") {
		t.Errorf("exit %d, stderr %s", code, stderr)
	}
	os.WriteFile(bad, []byte("flink-version: \"2.0\"\n"), 0o644)
	api := strings.Replace(job, "env.execute();", "env.setRestartStrategy(org.apache.flink.api.common.restartstrategy.RestartStrategies.noRestart());\n        env.execute();", 1)
	os.WriteFile(filepath.Join(dir, "Job.java"), []byte(api), 0o644)
	_, stdout, _ = runCLI(t, "scan", "--config", bad, "--enable", "API001", dir)
	if !strings.Contains(stdout, "API001") || !strings.Contains(stdout, "Flink 2.0 (flink-version in strict.yaml)") || strings.Contains(stdout, "--flink-version") {
		t.Errorf("the version's source is not the tool config:\n%s", stdout)
	}
}

// TestFix: --fix adds readable, unique uids; a rescan finds no UID001 and
// no syntax error; a second --fix changes nothing; a file with a syntax
// error is never touched; SARIF offers the same edit as a fix.
func TestFix(t *testing.T) {
	dir := t.TempDir()
	job := `package com.acme;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class OrderTotalsJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSource(src(), null, "orders")
            .keyBy(o -> o)
            .window(null)
            .aggregate(new SumAmount(/* "é😀" */))
            .print();
        env.fromSource(src(), null, "refunds").uid("order-totals-source").sinkTo(sink());
    }
}
`
	broken := "package com.acme;\nimport org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;\nclass Broken { void m() { StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(); env.socketTextStream(\"h\", 1).keyBy(s -> s).reduce((a, b) -> a).print(); int x = ; } }\n"
	write := func(name, s string) {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("OrderTotalsJob.java", job)
	write("Broken.java", broken)

	_, sarifOut, _ := runCLI(t, "scan", "-f", "sarif", "--enable", "UID001", "--fail-on", "none", dir)
	if !strings.Contains(sarifOut, `"fixes"`) || !strings.Contains(sarifOut, `.uid(\"order-totals-window-aggregate\")`) {
		t.Errorf("SARIF lacks the uid fix:\n%s", sarifOut)
	}
	if err := sarif.ValidateSchema([]byte(sarifOut)); err != nil {
		t.Errorf("SARIF with fixes fails the schema: %v", err)
	}

	code, _, stderr := runCLI(t, "scan", "--fix", "--disable", "all", "--enable", "UID001", dir)
	if !strings.Contains(stderr, "fixed 3 findings in 1 file") {
		t.Errorf("exit %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "OrderTotalsJob.java"))
	for _, want := range []string{
		`env.fromSource(src(), null, "orders").uid("order-totals-source-2")`,
		`            .aggregate(new SumAmount(/* "é😀" */)).uid("order-totals-window-aggregate")` + "\n            .print();",
		`.sinkTo(sink()).uid("order-totals-sink");`,
	} {
		if !strings.Contains(string(got), want) {
			t.Errorf("fixed file lacks %q:\n%s", want, got)
		}
	}
	if b, _ := os.ReadFile(filepath.Join(dir, "Broken.java")); string(b) != broken {
		t.Errorf("a file with a syntax error was edited")
	}
	code, stdout, stderr := runCLI(t, "scan", "--disable", "all", "--enable", "UID001,UID002", dir)
	if strings.Contains(stdout, "OrderTotalsJob.java") || strings.Count(stderr, "syntax error") != 1 {
		t.Errorf("rescan after --fix (exit %d):\n%s%s", code, stdout, stderr)
	}
	_, _, stderr = runCLI(t, "scan", "--fix", "--disable", "all", "--enable", "UID001", dir)
	again, _ := os.ReadFile(filepath.Join(dir, "OrderTotalsJob.java"))
	if string(again) != string(got) || !strings.Contains(stderr, "fixed 0 findings in 0 files") {
		t.Errorf("second --fix changed something: %s", stderr)
	}
}

// TestFixLoneCR: a file whose lines end with a lone CR is analyzed, fixed
// at the right place and keeps its line endings; its findings sit on the
// lines an editor shows (issue 18).
func TestFixLoneCR(t *testing.T) {
	dir := t.TempDir()
	src := strings.Join([]string{
		"package com.acme;",
		"import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;",
		"public class Totals { // lines end with a lone CR",
		"    public static void main(String[] args) throws Exception {",
		"        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();",
		"        env.fromElements(1, 2).keyBy(x -> x)",
		"            .sum(0)",
		"            .print();",
		"    }",
		"}",
		""}, "\r")
	path := filepath.Join(dir, "Totals.java")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	_, stdout, stderr := runCLI(t, "scan", "--disable", "all", "--enable", "UID001", dir)
	if !strings.Contains(stdout, "Totals.java:7:14: warning UID001") || strings.Contains(stderr, "syntax error") {
		t.Fatalf("scan:\n%s%s", stdout, stderr)
	}
	code, _, stderr := runCLI(t, "scan", "--fix", "--disable", "all", "--enable", "UID001", dir)
	if code != 0 || !strings.Contains(stderr, "fixed 1 finding in 1 file") {
		t.Fatalf("--fix: exit %d: %s", code, stderr)
	}
	got, _ := os.ReadFile(path)
	want := strings.Replace(src, ".sum(0)\r", ".sum(0).uid(\"totals-keyed-sum\")\r", 1)
	if string(got) != want {
		t.Errorf("fixed file:\n%q\nwant\n%q", got, want)
	}
}

// TestFindingsCapped: a generated file with hundreds of stateful operators
// lists 100 findings of a rule, says how many more there are, and still
// fails the build on all of them; --max-per-file 0 lists them all (issue
// 18).
func TestFindingsCapped(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString("package gen;\nimport org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;\npublic class Gen {\n")
	b.WriteString("    public static void main(String[] args) throws Exception {\n")
	b.WriteString("        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();\n")
	for range 160 {
		b.WriteString("        env.fromElements(1, 2).keyBy(x -> x).sum(0).print();\n")
	}
	b.WriteString("    }\n}\n")
	if err := os.WriteFile(filepath.Join(dir, "Gen.java"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "scan", "--disable", "all", "--enable", "UID001", dir)
	if code != 1 || strings.Count(stdout, "UID001") != 100 ||
		!strings.Contains(stderr, "Gen.java:106:46: flinklint/findings-elided: 60 more UID001 findings in this file are not listed") ||
		!strings.Contains(stderr, "160 findings (0 errors, 160 warnings, 0 notes)") || !strings.Contains(stderr, "60 not listed") {
		t.Errorf("exit %d, %d findings listed\n%s", code, strings.Count(stdout, "UID001"), stderr)
	}
	if _, stdout, _ := runCLI(t, "scan", "--disable", "all", "--enable", "UID001", "--max-per-file", "0", dir); strings.Count(stdout, "UID001") != 160 {
		t.Errorf("--max-per-file 0 lists %d findings, want 160", strings.Count(stdout, "UID001"))
	}
	_, sarifOut, _ := runCLI(t, "scan", "-f", "sarif", "--disable", "all", "--enable", "UID001", dir)
	if n := strings.Count(sarifOut, `"ruleId": "UID001"`); n != 100 || !strings.Contains(sarifOut, "flinklint/findings-elided") {
		t.Errorf("SARIF lists %d results, or lacks the notification", n)
	}
	if err := sarif.ValidateSchema([]byte(sarifOut)); err != nil {
		t.Errorf("SARIF with an elided-findings notification fails the schema: %v", err)
	}
	_, jsonOut, _ := runCLI(t, "scan", "-f", "json", "--disable", "all", "--enable", "UID001", dir)
	if !strings.Contains(jsonOut, `"elided": 60`) {
		t.Errorf("JSON summary does not count the elided findings")
	}
}

// TestProgressBar: --progress always draws the bar through both phases and
// clears it; the bar is full only once the jobs are traced.
func TestProgressBar(t *testing.T) {
	_, _, stderr := runCLI(t, "scan", "--progress", "always", "--fail-on", "none", monorepo)
	parsed := strings.LastIndex(stderr, "parsing Java files")
	jobs := strings.LastIndex(stderr, "tracing jobs")
	full := strings.Index(stderr, "["+strings.Repeat("#", 30)+"]")
	if parsed < 0 || jobs < parsed || full < parsed {
		t.Errorf("progress:\n%q", stderr)
	}
}
