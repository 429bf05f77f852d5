package scan

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/rules"
	"github.com/flinklint/flinklint/analysis/settings"
)

// tree writes files (slash paths) under a temporary directory.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func job(pkg, class, body string) string {
	return `package ` + pkg + `;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
public class ` + class + ` {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        ` + body + `
        env.socketTextStream("h", 1).keyBy(s -> s).reduce((a, b) -> a).uid("r").print();
        env.execute();
    }
}
`
}

func scanDir(t *testing.T, dir string, opt Options) *Result {
	t.Helper()
	opt.Paths = []string{dir}
	res, err := Run(context.Background(), opt)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func effective(t *testing.T, res *Result, class string) *settings.Effective {
	t.Helper()
	for _, j := range res.Program.Graph.Jobs {
		if strings.Contains(j.ID, class) {
			return res.Program.Settings(j)
		}
	}
	t.Fatalf("no job %s", class)
	return nil
}

// TestPrecedence: code > the module's config file > --flink-config.
func TestPrecedence(t *testing.T) {
	dir := tree(t, map[string]string{
		"pom.xml":                                "<project/>",
		"src/main/java/a/Job.java":               job("a", "Job", "env.setMaxParallelism(256);"),
		"src/main/resources/flink-conf.yaml":     "pipeline.max-parallelism: 128\nexecution.checkpointing.interval: 30s\n",
		"ops/flag.yaml":                          "execution.checkpointing.interval: 10s\nexecution.checkpointing.min-pause: 5s\nstate.backend: rocksdb\n",
		"src/test/resources/flink-conf.yaml":     "execution.checkpointing.externalized-checkpoint-retention: RETAIN_ON_CANCELLATION\n",
		"other/pom.xml":                          "<project/>",
		"other/src/main/resources/config.yaml":   "execution:\n  checkpointing:\n    timeout: 1min\n",
		"other/src/main/java/b/OtherJob.java":    job("b", "OtherJob", ""),
		"src/main/java/a/nested/pom.xml":         "<project/>",
		"src/main/java/a/nested/flink-conf.yaml": "restart-strategy.type: none\n",
	})
	res := scanDir(t, dir, Options{FlinkConfigs: []string{filepath.Join(dir, "ops/flag.yaml")}})
	eff := effective(t, res, "a.Job")
	for key, want := range map[string]struct {
		value  string
		source settings.Source
	}{
		jobgraph.KeyMaxParallelism: {"256", settings.FromCode},
		jobgraph.KeyInterval:       {"30s", settings.FromModuleFile},
		jobgraph.KeyMinPause:       {"5s", settings.FromFlagFile},
		jobgraph.KeyStateBackend:   {"rocksdb", settings.FromFlagFile}, // deprecated key mapped
	} {
		v, ok := eff.Get(key)
		if !ok || v.Value != want.value || v.Source != want.source {
			t.Errorf("%s = %+v, want %q from source %d", key, v, want.value, want.source)
		}
	}
	for _, key := range []string{jobgraph.KeyRetention, jobgraph.KeyTimeout, jobgraph.KeyRestartStrategy} {
		if v, ok := eff.Get(key); ok {
			t.Errorf("%s leaked from another module or test resources: %+v", key, v)
		}
	}
	other := effective(t, res, "b.OtherJob")
	if v, ok := other.Get(jobgraph.KeyTimeout); !ok || v.Value != "1min" || v.Loc.Path != "other/src/main/resources/config.yaml" || v.Loc.Pos.Line != 3 {
		t.Errorf("nested config.yaml key: %+v", v)
	}
	if !strings.Contains(eff.Looked(), "src/main/resources/flink-conf.yaml") || !strings.Contains(eff.Looked(), "ops/flag.yaml (--flink-config)") {
		t.Errorf("Looked() = %q", eff.Looked())
	}
}

// TestRulePanicRecovered: a panicking rule becomes a notification naming
// the rule, at the file and line of what it was examining (issue 18); the
// other rules still report.
func TestRulePanicRecovered(t *testing.T) {
	dir := tree(t, map[string]string{"Job.java": job("a", "Job", "")})
	boom := &analysis.Rule{ID: "TST001", Name: "boom", Default: true, Level: analysis.LevelWarning, Run: func(p *analysis.Pass) {
		for range p.Jobs() {
			panic("boom")
		}
	}}
	ok := &analysis.Rule{ID: "TST002", Name: "ok", Default: true, Level: analysis.LevelWarning, Run: func(p *analysis.Pass) {
		for _, j := range p.Program.Graph.Jobs {
			p.Report(analysis.Diagnostic{Location: j.Env, Message: "job"})
		}
	}}
	res := scanDir(t, dir, Options{Rules: []*analysis.Rule{boom, ok}})
	if len(res.Diagnostics) != 1 {
		t.Errorf("diagnostics %+v", res.Diagnostics)
	}
	if len(res.Notifications) != 1 || !strings.Contains(res.Notifications[0].Message, "TST001") {
		t.Fatalf("notifications %+v", res.Notifications)
	}
	if n, env := res.Notifications[0], res.Diagnostics[0].Location; n.Path != "Job.java" || n.Pos.Line != env.Pos.Line {
		t.Errorf("the failure is reported at %s:%d, want the job it examined (%s:%d)", n.Path, n.Pos.Line, env.Path, env.Pos.Line)
	}
}

// TestIncludeTests: test sources are skipped unless asked for.
func TestIncludeTests(t *testing.T) {
	dir := tree(t, map[string]string{
		"src/main/java/a/Job.java":     job("a", "Job", ""),
		"src/test/java/a/JobTest.java": job("a", "JobTest", ""),
		"src/main/java/a/JobIT.java":   job("a", "JobIT", ""),
	})
	if res := scanDir(t, dir, Options{}); res.Jobs != 1 || res.JavaFiles != 1 {
		t.Errorf("default: %d jobs in %d files, want 1 in 1", res.Jobs, res.JavaFiles)
	}
	if res := scanDir(t, dir, Options{IncludeTests: true}); res.Jobs != 3 {
		t.Errorf("--include-tests: %d jobs, want 3", res.Jobs)
	}
}

// TestSelectRules: defaults, enable by name, disable all, unknown rule.
func TestSelectRules(t *testing.T) {
	a := &analysis.Rule{ID: "A001", Name: "a-rule", Default: true}
	b := &analysis.Rule{ID: "B001", Name: "b-rule", Default: false}
	all := []*analysis.Rule{a, b}
	ids := func(rs []*analysis.Rule) string {
		var s []string
		for _, r := range rs {
			s = append(s, r.ID)
		}
		return strings.Join(s, ",")
	}
	for _, tc := range []struct {
		enable, disable []string
		want            string
	}{
		{nil, nil, "A001"},
		{[]string{"b-rule"}, nil, "A001,B001"},
		{[]string{"all"}, []string{"A001"}, "B001"},
		{nil, []string{"all"}, ""},
		{[]string{"B001"}, []string{"all"}, "B001"},
		{[]string{"A001"}, []string{"A001"}, "A001"},
		{[]string{"a001, B001"}, nil, "A001,B001"},
	} {
		got, err := SelectRules(all, [2][]string{tc.enable, tc.disable})
		if err != nil || ids(got) != tc.want {
			t.Errorf("enable %v disable %v: %s, %v; want %s", tc.enable, tc.disable, ids(got), err, tc.want)
		}
	}
	if _, err := SelectRules(all, [2][]string{{"C001"}, nil}); err == nil {
		t.Error("unknown rule accepted")
	}
}

func BenchmarkScanTestdata(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Run(context.Background(), Options{Paths: []string{"../../testdata"}}); err != nil {
			b.Fatal(err)
		}
	}
}

// TestSuppressions: an ignore before a multi-line chain silences exactly
// that chain's finding; a stale ignore is reported.
func TestSuppressions(t *testing.T) {
	dir := tree(t, map[string]string{"Job.java": `package a;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
public class Job {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        // flinklint:ignore UID001 -- state is rebuilt from the topic on every deploy
        env.socketTextStream("h", 1)
            .keyBy(s -> s)
            .reduce((a, b) -> a)
            .print();
        env.socketTextStream("h", 2)
            .keyBy(s -> s)
            .reduce((a, b) -> a)
            .print();
        // flinklint:ignore UID002 -- nothing to suppress here
        env.execute();
    }
}
`})
	res := scanDir(t, dir, Options{Rules: []*analysis.Rule{rules.StatefulOperatorWithoutUID, rules.DuplicateUID}})
	if len(res.Diagnostics) != 1 || res.Diagnostics[0].Pos.Line != 13 {
		t.Errorf("diagnostics %+v, want one UID001 on line 13", res.Diagnostics)
	}
	if len(res.Notifications) != 1 || res.Notifications[0].ID != "flinklint/unused-ignore" || res.Notifications[0].Pos.Line != 15 {
		t.Errorf("notifications %+v", res.Notifications)
	}
}

// TestVersions: --flink-version > spec.flinkVersion > the nearest build
// file (gradle.properties beside build.gradle included) > unknown.
func TestVersions(t *testing.T) {
	dir := tree(t, map[string]string{
		"pom.xml":                          "<project><properties><flink.version>1.17.2</flink.version></properties></project>",
		"a/pom.xml":                        "<project><parent><artifactId>p</artifactId></parent></project>",
		"a/src/main/java/a/A.java":         job("a", "A", ""),
		"b/build.gradle":                   "plugins { id 'java' }\n",
		"b/gradle.properties":              "flinkVersion=1.19.1\n",
		"b/src/main/java/b/B.java":         job("b", "B", ""),
		"c/pom.xml":                        "<project><properties><flink.version>1.18.0</flink.version></properties></project>",
		"c/src/main/java/c/C.java":         job("c", "C", ""),
		"c/deploy/c.yaml":                  "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: c\nspec:\n  flinkVersion: v2_0\n  job:\n    entryClass: c.C\n",
		"c/src/main/resources/config.yaml": "execution.checkpointing.interval: 10s\n",
	})
	res := scanDir(t, dir, Options{})
	want := map[string]string{"a.A": "1.17", "b.B": "1.19", "c.C": "2.0"}
	for _, j := range res.Program.Graph.Jobs {
		if got := res.Program.JobVersion(j).Minor; got != want[j.Class] {
			t.Errorf("%s targets %q, want %q (%s)", j.Class, got, want[j.Class], res.Program.JobVersion(j).Source)
		}
	}
	for _, cf := range res.Program.ConfigFiles {
		if cf.Version.Minor != "1.18" {
			t.Errorf("%s targets %q, want 1.18 from c/pom.xml", cf.Path, cf.Version.Minor)
		}
	}
	res = scanDir(t, dir, Options{FlinkVersion: "1.20"})
	for _, j := range res.Program.Graph.Jobs {
		if v := res.Program.JobVersion(j); v.Minor != "1.20" || v.Source != "--flink-version" {
			t.Errorf("%s: %+v, want the flag's 1.20", j.Class, v)
		}
	}
}

// TestVersions22And23: Flink 2.2 and 2.3 from each source: a pom, Gradle,
// a manifest's spec.flinkVersion, the tool config and the flag.
func TestVersions22And23(t *testing.T) {
	dir := tree(t, map[string]string{
		"a/pom.xml":                "<project><properties><flink.version>2.2.0</flink.version></properties></project>",
		"a/src/main/java/a/A.java": job("a", "A", ""),
		"b/build.gradle":           "ext { flinkVersion = '2.3.0' }\n",
		"b/src/main/java/b/B.java": job("b", "B", ""),
		"c/pom.xml":                "<project><properties><flink.version>2.0.0</flink.version></properties></project>",
		"c/src/main/java/c/C.java": job("c", "C", ""),
		"c/deploy/c.yaml":          "apiVersion: flink.apache.org/v1beta1\nkind: FlinkDeployment\nmetadata:\n  name: c\nspec:\n  flinkVersion: v2_3\n  job:\n    entryClass: c.C\n",
	})
	res := scanDir(t, dir, Options{})
	want := map[string]string{"a.A": "2.2", "b.B": "2.3", "c.C": "2.3"}
	for _, j := range res.Program.Graph.Jobs {
		if got := res.Program.JobVersion(j).Minor; got != want[j.Class] {
			t.Errorf("%s targets %q, want %q (%s)", j.Class, got, want[j.Class], res.Program.JobVersion(j).Source)
		}
	}
	if err := os.WriteFile(filepath.Join(dir, ".flinklint.yaml"), []byte("flink-version: \"2.3\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, opt := range []Options{{}, {FlinkVersion: "2.2"}} {
		res = scanDir(t, dir, opt)
		wantV := "2.3"
		if opt.FlinkVersion != "" {
			wantV = opt.FlinkVersion
		}
		for _, j := range res.Program.Graph.Jobs {
			if v := res.Program.JobVersion(j); v.Minor != wantV {
				t.Errorf("%s: %+v, want %s (tool config %q, flag %q)", j.Class, v, wantV, "2.3", opt.FlinkVersion)
			}
		}
	}
}

// TestProgress: progress covers tracing the jobs after parsing, so the
// whole-scan fraction reaches 1 only at the end (issue 18: the bar was full
// with half of the run left).
func TestProgress(t *testing.T) {
	dir := tree(t, map[string]string{"A.java": job("a", "A", ""), "B.java": job("a", "B", "")})
	var mu sync.Mutex
	var calls []Progress
	scanDir(t, dir, Options{Progress: func(p Progress) {
		mu.Lock()
		defer mu.Unlock()
		calls = append(calls, p)
	}})
	if len(calls) == 0 {
		t.Fatal("no progress")
	}
	jobs := false
	for i, p := range calls {
		switch {
		case p.Phase == PhaseParse && (jobs || p.Fraction() > parseShare):
			t.Errorf("call %d: parsing %d/%d at %.2f after tracing began or past its share", i, p.Done, p.Total, p.Fraction())
		case p.Phase == PhaseJobs:
			jobs = true
		}
		if p.Fraction() >= 1 && i != len(calls)-1 {
			t.Errorf("call %d: %s %d/%d reports the scan done before the end", i, p.Phase, p.Done, p.Total)
		}
	}
	if last := calls[len(calls)-1]; last.Phase != PhaseJobs || last.Done != last.Total || last.Fraction() != 1 {
		t.Errorf("last call %+v, want every job traced", last)
	}
}
