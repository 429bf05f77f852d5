package sarif

import (
	"bytes"
	"encoding/json"
	"flag"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

var update = flag.Bool("update", false, "rewrite testdata/golden files")

func pos(line, col, endLine, endCol int) parser.Pos {
	return parser.MakePos(line, col, endLine, endCol)
}

func at(path string, p parser.Pos) parser.Location { return parser.Location{Path: path, Pos: p} }

func sampleRules() []*analysis.Rule {
	return []*analysis.Rule{
		{
			ID: "UID001", Name: "stateful-operator-without-uid", Title: "Stateful operator without uid",
			Summary: "A stateful operator has no explicit uid, so its state cannot be restored from a savepoint after the job graph changes.",
			Help: "Flink maps savepoint state to operators by uid. Without `uid(...)` the id is\n" +
				"generated from the job graph, and **any** change to the graph breaks restores.\n\n" +
				"Set a stable uid on every stateful operator:\n\n" +
				"- keyed process functions\n- window operators and\n  aggregations\n\n" +
				"See [Flink docs](https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/production_ready/).",
			Bad:   "stream.keyBy(Order::customer)\n    .aggregate(new SumAmount());\n",
			Good:  "stream.keyBy(Order::customer)\n    .aggregate(new SumAmount())\n    .uid(\"sum-amount\");\n",
			Level: analysis.LevelWarning, Default: true,
			Tags:      []string{"flink", "state", "savepoints", "flink", "upgrades", "correctness", "a", "b", "c", "d", "e", "f"},
			Precision: "very-high", DocURL: "https://flinklint.dev/rules/UID001",
		},
		{
			ID: "CKP001", Name: "checkpointing-disabled", Title: "Checkpointing is not enabled",
			Summary: "The job never enables checkpointing.",
			Help:    "Without checkpoints a failure loses all state.\n\n```java\nenv.enableCheckpointing(60_000);\n```\n",
			Bad:     "env.execute();", Good: "env.enableCheckpointing(60_000);\nenv.execute();",
			Level: analysis.LevelError, Default: true, Tags: []string{"flink", "checkpointing"},
			Precision: "high", DocURL: "https://flinklint.dev/rules/CKP001",
		},
		{
			ID: "SEC001", Name: "rest-without-tls", Title: "REST endpoint without TLS",
			Summary: "The REST endpoint is exposed without TLS.",
			Help:    "Set `security.ssl.rest.enabled: true`.",
			Bad:     "rest.bind-address: 0.0.0.0\n", Good: "security.ssl.rest.enabled: true\n", ExampleLang: "yaml",
			Level: analysis.LevelNote, Tags: []string{"security", "external/cwe/cwe-319"},
			Precision: "medium", SecuritySeverity: "7.5", DocURL: "https://flinklint.dev/rules/SEC001",
		},
	}
}

func sampleInput() Input {
	job := "src/main/java/com/acme/OrdersJob.java"
	return Input{
		Tool:  Tool{Name: "flinklint", Version: "0.3.0", SemanticVersion: "0.3.0", InformationURI: "https://flinklint.dev"},
		Rules: sampleRules(),
		Diagnostics: []analysis.Diagnostic{
			{
				RuleID: "UID001", Level: analysis.LevelWarning, Location: at(job, pos(46, 18, 46, 27)),
				Message: `stateful operator "aggregate" (window aggregation) has no uid(); [its state](1) cannot be mapped after the job changes`,
				Related: []analysis.Related{
					{Location: at("src/main/java/com/acme/SumAmount.java", pos(12, 5, 12, 30)), Message: "state is obtained here"},
					{Location: at("", pos(1, 1, 1, 2)), Message: "dropped: no file"},
					{Location: at(job, pos(40, 9, 41, 3)), Message: "the window is defined here"},
				},
				Job: "com.acme.OrdersJob#main", Operator: "aggregate#1",
				Fingerprints: map[string]string{"primaryLocationLineHash": "4fcbe89e6c0e8164:1", "flinklint/v1": "9f2c1a"},
			},
			{RuleID: "CKP001", Level: analysis.LevelError, Location: at(job, pos(30, 5, 0, 0)),
				Message: "checkpointing is never enabled for job com.acme.OrdersJob", Job: "com.acme.OrdersJob#main"},
			{RuleID: "UID001", Level: analysis.LevelWarning, Location: at("src/main/java/com/acme/Bestellübersicht Job.java", pos(7, 3, 7, 12)),
				Message: `stateful operator "process" has no uid()`},
			{RuleID: "SEC001", Location: at("deploy/conf #1/flink-conf.yaml", pos(3, 1, 3, 20)),
				Message: "the REST endpoint listens on 0.0.0.0 without TLS"},
			{RuleID: "XYZ999", Level: analysis.LevelNote, Location: at("weird:name/a%b.java", pos(0, 0, 0, 0)), Message: "a rule that is not enabled"},
		},
		Notifications: []analysis.Notification{
			{ID: "flinklint/parse-error", Level: analysis.LevelWarning, Message: "syntax error; the rest of the file was analyzed",
				Location: at("src/main/java/com/acme/Broken.java", pos(3, 1, 3, 8))},
			{ID: "flinklint/config-error", Level: analysis.LevelError, Message: `.flinklint.yaml: unknown key "foo"`},
			{ID: "flinklint/read-error", Level: analysis.LevelWarning, Message: "file larger than 4 MiB, skipped",
				Location: at("src/main/resources/huge.java", pos(0, 0, 0, 0))},
		},
		Category: "flinklint/payments/",
		SrcRoot:  "/home/ci/work/flink jobs",
	}
}

func write(t *testing.T, in Input) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Write(&buf, in); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func decode(t *testing.T, data []byte) sarifLog {
	t.Helper()
	var log sarifLog
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&log); err != nil {
		t.Fatal(err)
	}
	return log
}

func TestWriteGolden(t *testing.T) {
	got := write(t, sampleInput())
	golden := filepath.Join("testdata", "golden", "representative.sarif")
	if *update {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./sarif -update)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test ./sarif -update and review the diff)", golden)
	}
}

func TestWriteValidatesAgainstSchema(t *testing.T) {
	for name, in := range map[string]Input{
		"representative": sampleInput(),
		"empty":          {},
		"rules only":     {Rules: sampleRules()},
	} {
		data := write(t, in)
		if err := ValidateSchema(data); err != nil {
			t.Errorf("%s: %v", name, err)
		}
		if err := CheckGitHub(data); err != nil {
			t.Errorf("%s: %v", name, err)
		}
	}
}

func TestValidateSchemaRejects(t *testing.T) {
	good := string(write(t, sampleInput()))
	for name, bad := range map[string]string{
		"bad level":       strings.Replace(good, `"level": "warning"`, `"level": "warn"`, 1),
		"no version":      strings.Replace(good, `"version": "2.1.0",`, ``, 1),
		"startLine 0":     strings.Replace(good, `"startLine": 46`, `"startLine": 0`, 1),
		"not json":        good[:len(good)/2],
		"bad columnKind":  strings.Replace(good, `"utf16CodeUnits"`, `"bytes"`, 1),
		"invalid uri ref": strings.Replace(good, `"uri": "src/main/java/com/acme/OrdersJob.java"`, `"uri": "a b:%zz"`, 1),
	} {
		if bad == good && name != "not json" {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if err := ValidateSchema([]byte(bad)); err == nil {
			t.Errorf("%s: ValidateSchema accepted it", name)
		}
	}
}

func TestCheckGitHubRejects(t *testing.T) {
	good := string(write(t, sampleInput()))
	for name, bad := range map[string]string{
		"name equals id":   strings.Replace(good, `"name": "checkpointing-disabled"`, `"name": "CKP001"`, 1),
		"wrong ruleIndex":  strings.Replace(good, `"ruleIndex": 0`, `"ruleIndex": 1`, 1),
		"byteOffset":       strings.Replace(good, `"startLine": 46,`, `"startLine": 46, "byteOffset": -1,`, 1),
		"unencoded uri":    strings.Replace(good, `Bestell%C3%BCbersicht%20Job.java`, `Bestellübersicht Job.java`, 1),
		"leading slash":    strings.Replace(good, `"uri": "src/main/java/com/acme/OrdersJob.java"`, `"uri": "/src/main/java/com/acme/OrdersJob.java"`, 1),
		"no help":          strings.Replace(good, `"help": {`, `"helpx": {`, 1),
		"no results":       strings.Replace(good, `"results": [`, `"resultsx": [`, 1),
		"empty message":    strings.Replace(good, `"text": "checkpointing is never enabled for job com.acme.OrdersJob"`, `"text": " "`, 1),
		"end before start": strings.Replace(good, `"endColumn": 27`, `"endColumn": 2`, 1),
		"old schema":       strings.Replace(good, SchemaURI, "https://schemastore.azurewebsites.net/schemas/json/sarif-2.1.0-rtm.5.json", 1),
		"security number":  strings.Replace(good, `"security-severity": "7.5"`, `"security-severity": 7.5`, 1),
	} {
		if bad == good {
			t.Fatalf("%s: replacement did not apply", name)
		}
		if err := CheckGitHub([]byte(bad)); err == nil {
			t.Errorf("%s: CheckGitHub accepted it", name)
		}
	}
}

func TestWriteDeterministic(t *testing.T) {
	in := sampleInput()
	// Twins equal in path, line, column, rule and message.
	twin := in.Diagnostics[2]
	twin.Job = "com.acme.Other#main"
	in.Diagnostics = append(in.Diagnostics, twin)
	in.Diagnostics[0].Fingerprints = map[string]string{"z": "1", "a": "2", "m": "3", "primaryLocationLineHash": "x:1"}
	want := write(t, in)
	if !bytes.HasSuffix(want, []byte("}\n")) || bytes.HasSuffix(want, []byte("\n\n")) {
		t.Error("want exactly one trailing newline")
	}
	for seed := range uint64(25) {
		r := rand.New(rand.NewPCG(seed, 42))
		s := in
		s.Rules, s.Diagnostics, s.Notifications = slices.Clone(in.Rules), slices.Clone(in.Diagnostics), slices.Clone(in.Notifications)
		r.Shuffle(len(s.Rules), func(i, j int) { s.Rules[i], s.Rules[j] = s.Rules[j], s.Rules[i] })
		r.Shuffle(len(s.Diagnostics), func(i, j int) { s.Diagnostics[i], s.Diagnostics[j] = s.Diagnostics[j], s.Diagnostics[i] })
		r.Shuffle(len(s.Notifications), func(i, j int) { s.Notifications[i], s.Notifications[j] = s.Notifications[j], s.Notifications[i] })
		if got := write(t, s); !bytes.Equal(got, want) {
			t.Fatalf("seed %d: output depends on input order", seed)
		}
	}
	// The input is not reordered.
	if in.Rules[0].ID != "UID001" || in.Diagnostics[0].RuleID != "UID001" {
		t.Error("Write reordered its input")
	}
}

func TestWriteRulesAndResults(t *testing.T) {
	log := decode(t, write(t, sampleInput()))
	if log.Schema != SchemaURI || log.Version != "2.1.0" || len(log.Runs) != 1 {
		t.Fatalf("log header: %q %q %d runs", log.Schema, log.Version, len(log.Runs))
	}
	run := log.Runs[0]
	if run.ColumnKind != "utf16CodeUnits" || run.AutomationDetails.ID != "flinklint/payments/" {
		t.Errorf("columnKind %q, automationDetails %+v", run.ColumnKind, run.AutomationDetails)
	}
	if got := run.OriginalURIBaseIDs["%SRCROOT%"].URI; got != "file:///home/ci/work/flink%20jobs/" {
		t.Errorf("%%SRCROOT%% = %q", got)
	}
	d := run.Tool.Driver
	if d.Name != "flinklint" || d.Version != "0.3.0" || d.SemanticVersion != "0.3.0" || d.InformationURI != "https://flinklint.dev" {
		t.Errorf("driver %+v", d)
	}

	// Rules sorted by id; ruleIndex names the result's rule.
	var ids []string
	for _, r := range d.Rules {
		ids = append(ids, r.ID)
	}
	if !slices.Equal(ids, []string{"CKP001", "SEC001", "UID001"}) {
		t.Fatalf("rules %v", ids)
	}
	for _, res := range run.Results {
		if res.RuleID == "XYZ999" {
			if res.RuleIndex != nil {
				t.Errorf("unknown rule got ruleIndex %d", *res.RuleIndex)
			}
			continue
		}
		if res.RuleIndex == nil || d.Rules[*res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s has ruleIndex %v", res.RuleID, res.RuleIndex)
		}
	}

	uid := d.Rules[2]
	if uid.Name != "stateful-operator-without-uid" || uid.ShortDescription.Text != "Stateful operator without uid" ||
		!strings.HasPrefix(uid.FullDescription.Text, "A stateful operator has no explicit uid") ||
		uid.HelpURI != "https://flinklint.dev/rules/UID001" || uid.DefaultConfiguration.Level != "warning" {
		t.Errorf("UID001 descriptor %+v", uid)
	}
	wantTags := []string{"flink", "state", "savepoints", "upgrades", "correctness", "a", "b", "c", "d", "e"}
	if p := uid.Properties; !slices.Equal(p.Tags, wantTags) || p.Precision != "very-high" || p.ProblemSeverity != "warning" || p.SecuritySeverity != "" {
		t.Errorf("UID001 properties %+v", p)
	}
	if p := d.Rules[0].Properties; p.ProblemSeverity != "error" {
		t.Errorf("CKP001 problem.severity %q", p.ProblemSeverity)
	}
	if p := d.Rules[1].Properties; p.ProblemSeverity != "recommendation" || p.SecuritySeverity != "7.5" {
		t.Errorf("SEC001 properties %+v", p)
	}

	// Results sorted by path, line, column, rule.
	var order []string
	for _, res := range run.Results {
		l := res.Locations[0].PhysicalLocation
		order = append(order, l.ArtifactLocation.URI+" "+res.RuleID)
	}
	wantOrder := []string{
		"deploy/conf%20%231/flink-conf.yaml SEC001",
		"src/main/java/com/acme/Bestell%C3%BCbersicht%20Job.java UID001",
		"src/main/java/com/acme/OrdersJob.java CKP001",
		"src/main/java/com/acme/OrdersJob.java UID001",
		"weird%3Aname/a%25b.java XYZ999",
	}
	if !slices.Equal(order, wantOrder) {
		t.Errorf("results order\n%q\nwant\n%q", order, wantOrder)
	}

	// Levels are always written; an empty one is the rule's.
	for i, want := range []string{"note", "warning", "error", "warning", "note"} {
		if run.Results[i].Level != want {
			t.Errorf("result %d level %q, want %q", i, run.Results[i].Level, want)
		}
	}

	// Regions: unknown end -> start line and next column; unknown start -> 1:1.
	if r := run.Results[2].Locations[0].PhysicalLocation.Region; *r != (region{30, 5, 30, 6}) {
		t.Errorf("CKP001 region %+v", *r)
	}
	if r := run.Results[4].Locations[0].PhysicalLocation.Region; *r != (region{1, 1, 1, 2}) {
		t.Errorf("zero position region %+v", *r)
	}

	full := run.Results[3]
	if loc := full.Locations[0].PhysicalLocation; loc.ArtifactLocation.URIBaseID != "%SRCROOT%" || *loc.Region != (region{46, 18, 46, 27}) {
		t.Errorf("UID001 location %+v %+v", loc.ArtifactLocation, *loc.Region)
	}
	if len(full.RelatedLocations) != 2 || full.RelatedLocations[0].ID != 1 || full.RelatedLocations[1].ID != 3 ||
		full.RelatedLocations[1].Message.Text != "the window is defined here" ||
		*full.RelatedLocations[1].PhysicalLocation.Region != (region{40, 9, 41, 3}) {
		t.Errorf("related locations %+v", full.RelatedLocations)
	}
	if full.PartialFingerprints[PrimaryLocationLineHash] != "4fcbe89e6c0e8164:1" || full.PartialFingerprints["flinklint/v1"] != "9f2c1a" {
		t.Errorf("partialFingerprints %v", full.PartialFingerprints)
	}
	if p := full.Properties; p == nil || p.Job != "com.acme.OrdersJob#main" || p.Operator != "aggregate#1" {
		t.Errorf("properties %+v", p)
	}
	if run.Results[0].Properties != nil || run.Results[0].PartialFingerprints != nil || run.Results[0].RelatedLocations != nil {
		t.Error("empty properties, fingerprints or related locations were written")
	}

	// Notifications: sorted, with a descriptor, located only when they concern a file.
	inv := run.Invocations
	if len(inv) != 1 || !inv[0].ExecutionSuccessful {
		t.Fatalf("invocations %+v", inv)
	}
	var notes []string
	for _, n := range inv[0].ToolExecutionNotifications {
		s := n.Level + " " + n.Descriptor.ID
		for _, l := range n.Locations {
			s += " " + l.PhysicalLocation.ArtifactLocation.URI
			if l.PhysicalLocation.Region != nil {
				s += ":" + strings.Trim(strings.ReplaceAll(strings.Trim(jsonString(t, l.PhysicalLocation.Region), "{}"), `"`, ""), " ")
			}
		}
		notes = append(notes, s)
	}
	wantNotes := []string{
		"error flinklint/config-error",
		"warning flinklint/parse-error src/main/java/com/acme/Broken.java:startLine:3,startColumn:1,endLine:3,endColumn:8",
		"warning flinklint/read-error src/main/resources/huge.java",
	}
	if !slices.Equal(notes, wantNotes) {
		t.Errorf("notifications\n%q\nwant\n%q", notes, wantNotes)
	}
}

func jsonString(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestWriteEmpty(t *testing.T) {
	data := write(t, Input{})
	s := string(data)
	for _, want := range []string{`"results": []`, `"rules": []`, `"id": "flinklint/"`, `"executionSuccessful": true`, `"name": "flinklint"`} {
		if !strings.Contains(s, want) {
			t.Errorf("empty log lacks %s:\n%s", want, s)
		}
	}
	for _, absent := range []string{"toolExecutionNotifications", "originalUriBaseIds", "null", "byteOffset", "Time"} {
		if strings.Contains(s, absent) {
			t.Errorf("empty log has %s", absent)
		}
	}
}

func TestWriteHelp(t *testing.T) {
	log := decode(t, write(t, sampleInput()))
	rules := log.Runs[0].Tool.Driver.Rules
	uid, ckp, sec := rules[2], rules[0], rules[1]

	wantMD := "Flink maps savepoint state to operators by uid. Without `uid(...)` the id is generated from the job graph, and **any** change to the graph breaks restores.\n\n" +
		"Set a stable uid on every stateful operator:\n\n" +
		"- keyed process functions\n- window operators and aggregations\n\n" +
		"See [Flink docs](https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/production_ready/).\n\n" +
		"### Bad\n\n```java\nstream.keyBy(Order::customer)\n    .aggregate(new SumAmount());\n```\n\n" +
		"### Good\n\n```java\nstream.keyBy(Order::customer)\n    .aggregate(new SumAmount())\n    .uid(\"sum-amount\");\n```\n\n" +
		"[UID001 documentation](https://flinklint.dev/rules/UID001)"
	if uid.Help.Markdown != wantMD {
		t.Errorf("help.markdown:\n%s\nwant:\n%s", uid.Help.Markdown, wantMD)
	}
	wantText := "Flink maps savepoint state to operators by uid. Without uid(...) the id is generated from the job graph, and any change to the graph breaks restores.\n\n" +
		"Set a stable uid on every stateful operator:\n\n" +
		"- keyed process functions\n- window operators and aggregations\n\n" +
		"See Flink docs (https://nightlies.apache.org/flink/flink-docs-stable/docs/ops/production_ready/).\n\n" +
		"Documentation: https://flinklint.dev/rules/UID001"
	if uid.Help.Text != wantText {
		t.Errorf("help.text:\n%s\nwant:\n%s", uid.Help.Text, wantText)
	}
	if !strings.Contains(ckp.Help.Text, "\n    env.enableCheckpointing(60_000);\n") || strings.Contains(ckp.Help.Text, "```") {
		t.Errorf("CKP001 help.text renders code badly:\n%s", ckp.Help.Text)
	}
	if !strings.Contains(sec.Help.Markdown, "```yaml\nrest.bind-address: 0.0.0.0\n```") {
		t.Errorf("SEC001 examples are not yaml:\n%s", sec.Help.Markdown)
	}
}

func TestReflow(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a\nb\n\nc", "a b\n\nc"},
		{"# Title\ntext\nmore", "# Title\ntext more"},
		{"- one\n  cont\n- two\n  - nested\n    deep", "- one cont\n- two\n  - nested deep"},
		{"1. first\n2) second\nlazy", "1. first\n2) second lazy"},
		{"text\n```java\nint a;\nint b;\n```\nafter\nline", "text\n```java\nint a;\nint b;\n```\nafter line"},
		{"~~~~\n```\nx\n~~~~\ny", "~~~~\n```\nx\n~~~~\ny"},
		{"| a | b |\n|---|---|\n| 1 | 2 |", "| a | b |\n|---|---|\n| 1 | 2 |"},
		{"> quote\n> more", "> quote\n> more"},
		{"hard  \nbreak\nsoft", "hard\\\nbreak soft"},
		{"back\\\nslash", "back\\\nslash"},
		{"Heading\n---\ntext", "Heading\n---\ntext"},
		{"a\r\nb", "a b"},
		{"text\n\n    code 1\n    code 2\n\nafter", "text\n\n    code 1\n    code 2\n\nafter"},
		{"para\n    lazy", "para lazy"},
	}
	for _, c := range cases {
		if got := reflow(c.in); got != c.want {
			t.Errorf("reflow(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestPlainText(t *testing.T) {
	cases := []struct{ in, want string }{
		{"## Why it matters ##", "Why it matters"},
		{"use `uid(\"x\")` and ``a`b``", "use uid(\"x\") and a`b"},
		{"a [link](https://x.dev \"title\") and <https://y.dev> and [https://z.dev](https://z.dev)", "a link (https://x.dev) and https://y.dev and https://z.dev"},
		{"**bold** and __strong__, a_b * c", "bold and strong, a_b * c"},
		{"```\ncode\n  indented\n```", "    code\n      indented"},
		{"`[not a link](x)`", "[not a link](x)"},
		{"unclosed `tick", "unclosed `tick"},
		{"#hashtag", "#hashtag"},
	}
	for _, c := range cases {
		if got := plainText(c.in); got != c.want {
			t.Errorf("plainText(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestEscapePath(t *testing.T) {
	cases := []struct{ in, want string }{
		{"src/main/java/A.java", "src/main/java/A.java"},
		{"src/Bestellübersicht Job.java", "src/Bestell%C3%BCbersicht%20Job.java"},
		{"a:b/c#d?e%f+g&h$i@j.java", "a%3Ab/c%23d%3Fe%25f%2Bg%26h%24i%40j.java"},
		{"日本/ファイル.java", "%E6%97%A5%E6%9C%AC/%E3%83%95%E3%82%A1%E3%82%A4%E3%83%AB.java"},
		{"x~y_z-1.2", "x~y_z-1.2"},
	}
	for _, c := range cases {
		if got := escapePath(c.in, false); got != c.want {
			t.Errorf("escapePath(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestDirURI(t *testing.T) {
	cases := []struct{ in, want string }{
		{"/home/ci/repo", "file:///home/ci/repo/"},
		{"/home/ci/repo/", "file:///home/ci/repo/"},
		{"/home/ci/x/../repo", "file:///home/ci/repo/"},
		{"/", "file:///"},
		{"/tmp/ä b", "file:///tmp/%C3%A4%20b/"},
	}
	for _, c := range cases {
		got, err := dirURI(c.in)
		if err != nil || got != c.want {
			t.Errorf("dirURI(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	if _, err := dirURI("relative/dir"); err == nil {
		t.Error("dirURI accepted a relative directory")
	}
}

func TestWriteErrors(t *testing.T) {
	dup := sampleInput()
	dup.Rules = append(dup.Rules, &analysis.Rule{ID: "UID001", Name: "again", Level: analysis.LevelNote})
	badLevel := sampleInput()
	badLevel.Diagnostics[0].Level = "fatal"
	badNoteLevel := sampleInput()
	badNoteLevel.Notifications[0].Level = "info"
	badRuleLevel := sampleInput()
	badRuleLevel.Rules = []*analysis.Rule{{ID: "X001", Name: "x", Level: "severe"}}
	badSecurity := sampleInput()
	badSecurity.Rules = []*analysis.Rule{{ID: "X001", Name: "x", SecuritySeverity: "high"}}
	zeroSecurity := sampleInput()
	zeroSecurity.Rules = []*analysis.Rule{{ID: "X001", Name: "x", SecuritySeverity: "0"}}
	relRoot := sampleInput()
	relRoot.SrcRoot = "repo"
	noID := sampleInput()
	noID.Rules = []*analysis.Rule{{Name: "nameless"}}
	for name, in := range map[string]Input{
		"duplicate rule": dup, "bad level": badLevel, "bad notification level": badNoteLevel, "bad rule level": badRuleLevel,
		"bad security severity": badSecurity, "zero security severity": zeroSecurity, "relative root": relRoot, "rule without id": noID,
	} {
		var buf bytes.Buffer
		if err := Write(&buf, in); err == nil {
			t.Errorf("%s: no error", name)
		} else if buf.Len() != 0 {
			t.Errorf("%s: wrote %d bytes before failing", name, buf.Len())
		}
	}
}

func TestRuleEdgeCases(t *testing.T) {
	long := strings.Repeat("é", 2000)
	in := Input{Rules: []*analysis.Rule{
		{ID: "same", Name: "same"},                 // name equal to id is left out
		{ID: "LONG1", Name: "long", Summary: long}, // descriptions are cut to 1024 characters
		nil,
	}}
	data := write(t, in)
	if err := ValidateSchema(data); err != nil {
		t.Fatal(err)
	}
	if err := CheckGitHub(data); err != nil {
		t.Fatal(err)
	}
	rules := decode(t, data).Runs[0].Tool.Driver.Rules
	if len(rules) != 2 || rules[1].ID != "same" || rules[1].Name != "" {
		t.Errorf("rules %+v", rules)
	}
	r := rules[0]
	if n := len([]rune(r.FullDescription.Text)); n != 1024 || !strings.HasSuffix(r.FullDescription.Text, "…") {
		t.Errorf("fullDescription has %d characters", n)
	}
	if r.ShortDescription.Text != "long" || r.Help.Text != long || r.Properties != nil || r.DefaultConfiguration != nil {
		t.Errorf("fallbacks: %+v", r)
	}
}
