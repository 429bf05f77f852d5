package scan

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/load"
	"github.com/flinklint/flinklint/analysis/rules"
)

// hostileJob is a Flink job with one stateful operator without a uid: the
// UID001 finding on its line proves the file was analyzed.
func hostileJob(class, before string) string {
	return `package h;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
public class ` + class + ` {
` + before + `
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("h", 1).keyBy(s -> s).sum(0).print();
        env.execute();
    }
}
`
}

// billionLaughsYAML is a YAML document whose aliases expand to 10^9 nodes.
func billionLaughsYAML(prefix string) string {
	var b strings.Builder
	b.WriteString(prefix)
	b.WriteString("    l0: &l0 [lol, lol, lol]\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "    l%d: &l%d [%s]\n", i, i, strings.TrimSuffix(strings.Repeat(fmt.Sprintf("*l%d, ", i-1), 10), ", "))
	}
	return b.String()
}

// TestHostileInput scans a tree holding everything a repository can throw
// at the scanner (issue 6) next to good jobs. The scan finishes, analyzes
// the good jobs and the good parts of damaged files, reports each bad file
// exactly once (a notification, or CFG008 for broken YAML), never panics,
// and prints no secret.
func TestHostileInput(t *testing.T) {
	deep := strings.Repeat("(", 5000) + "1" + strings.Repeat(")", 5000)
	blocks := strings.Repeat("{", 5000) + strings.Repeat("}", 5000)
	full := hostileJob("Truncated", "")
	files := map[string]string{
		"Good.java": hostileJob("Good", ""),
		// 5,000-deep nesting in an expression and in blocks, then a job.
		"Deep.java":   hostileJob("Deep", "    static int x = "+deep+";\n    static void nest() "+blocks+"\n"),
		"Binary.java": "\x00\x01\x02PK\x03\x04org.apache.flink\x00",
		// Invalid UTF-8 and a NUL-free Latin-1 comment in a Flink job.
		"Latin1.java": strings.Replace(hostileJob("Latin1", ""), "package h;", "package h; // caf\xe9 \xff\xfe", 1),
		"Huge.java":   "// org.apache.flink\n" + strings.Repeat("// padding line\n", 6<<20/16),
		"Empty.java":  "",
		// Cut in the middle of the pipeline.
		"Truncated.java": full[:strings.Index(full, ".sum(0)")],
		"Panic.java":     hostileJob("Panic", ""),
		// Issue 18: a qualified super call in an anonymous class.
		"super/Base.java": "import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;\nclass Base { void m() { StreamExecutionEnvironment.getExecutionEnvironment(); } }\n",
		"super/Task.java": "class Task extends Base { @Override void m() { super.m(); }\n  Runnable r = new Runnable() { public void run() { Task.super.m(); } }; }\n",
		// A Flink 1.19+ config.yaml that is an alias bomb, one that does
		// not parse, and a manifest with both problems plus a secret.
		"bomb/src/main/resources/config.yaml":   billionLaughsYAML("execution:\n  checkpointing:\n"),
		"broken/src/main/resources/config.yaml": "s3.secret-key: hunter2-very-secret\nexecution: [unclosed\n",
		"deploy/bomb.yaml":                      billionLaughsYAML("apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: bomb\nspec:\n  flinkConfiguration:\n"),
		"deploy/broken.yaml":                    "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: broken\nspec:\n  flinkConfiguration:\n    s3.secret-key: hunter2-very-secret\n  job: {jarURI: [\n",
	}
	dir := tree(t, files)
	if err := os.Symlink(".", filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("missing.java", filepath.Join(dir, "Gone.java")); err != nil {
		t.Fatal(err)
	}
	unreadable := os.Geteuid() != 0 // root reads whatever the mode says
	if unreadable {
		if err := os.WriteFile(filepath.Join(dir, "Private.java"), []byte(hostileJob("Private", "")), 0); err != nil {
			t.Fatal(err)
		}
	}
	parseHook = func(rel string) {
		if rel == "Panic.java" {
			panic("injected parser failure")
		}
	}
	defer func() { parseHook = nil }()
	boom := &analysis.Rule{ID: "TST001", Name: "boom", Default: true, Level: analysis.LevelWarning, Run: func(*analysis.Pass) { panic("boom") }}
	all := append([]*analysis.Rule{boom}, rules.All...)

	res := scanDir(t, dir, Options{Rules: all, Enable: []string{"all"}})

	reports := map[string][]string{} // path -> what was said about it
	for _, n := range res.Notifications {
		reports[n.Path] = append(reports[n.Path], n.ID+": "+n.Message)
	}
	for _, d := range res.Diagnostics {
		if d.RuleID == "CFG008" || d.RuleID == "K8S001" {
			reports[d.Path] = append(reports[d.Path], d.RuleID+": "+d.Message)
		}
	}
	once := map[string]string{ // bad file -> what its one report must say
		"Binary.java":                           NoteBinary,
		"Latin1.java":                           NoteEncoding,
		"Huge.java":                             load.NoteFileTooLarge,
		"Truncated.java":                        NoteParse,
		"Panic.java":                            NoteInternal,
		"Gone.java":                             NoteRead,
		"bomb/src/main/resources/config.yaml":   "alias",
		"broken/src/main/resources/config.yaml": "CFG008",
		"deploy/bomb.yaml":                      "alias",
		"deploy/broken.yaml":                    "CFG008",
	}
	if unreadable {
		once["Private.java"] = NoteRead
	}
	for path, want := range once {
		got := reports[path]
		if len(got) != 1 || !strings.Contains(got[0], want) {
			t.Errorf("%s: want one report mentioning %q, got %q", path, want, got)
		}
	}
	for path, got := range reports {
		if _, ok := once[path]; !ok && path != "" {
			t.Errorf("%s: unexpected reports %q", path, got)
		}
	}
	// The rule that panicked is reported once, without a path.
	if got := reports[""]; len(got) != 1 || !strings.Contains(got[0], "TST001") {
		t.Errorf("reports without a file: %q, want the TST001 failure", got)
	}
	// The good jobs, and the good parts of the damaged files, are analyzed.
	analyzed := map[string]bool{}
	for _, d := range res.Diagnostics {
		if d.RuleID == "UID001" {
			analyzed[d.Path] = true
		}
	}
	for _, path := range []string{"Good.java", "Deep.java", "Latin1.java"} {
		if !analyzed[path] {
			t.Errorf("%s: no UID001 finding; the file was not analyzed", path)
		}
	}
	var out bytes.Buffer
	for _, d := range res.Diagnostics {
		fmt.Fprintln(&out, d.Message)
	}
	for _, n := range res.Notifications {
		fmt.Fprintln(&out, n.Message)
	}
	if strings.Contains(out.String(), "hunter2") {
		t.Errorf("a secret from a config file is printed:\n%s", out.String())
	}
}
