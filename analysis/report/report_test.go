package report

import (
	"bytes"
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

func loc(path string, line, col, endLine, endCol int) parser.Location {
	return parser.Location{Path: path, Pos: parser.MakePos(line, col, endLine, endCol)}
}

func sampleDiagnostics() []analysis.Diagnostic {
	return []analysis.Diagnostic{
		{RuleID: "UID001", Level: analysis.LevelWarning, Location: loc("src/b/Job.java", 46, 18, 46, 27),
			Message: `stateful operator "aggregate" (window aggregation) has no uid()`,
			Job:     "com.acme.Job#main", Operator: "aggregate#1",
			Related: []analysis.Related{{Location: loc("src/b/Sum.java", 12, 5, 12, 30), Message: "state is obtained here"}}},
		{RuleID: "CKP001", Level: analysis.LevelError, Location: loc("src/b/Job.java", 46, 18, 0, 0), Message: "checkpointing is not enabled"},
		{RuleID: "API002", Level: analysis.LevelNote, Location: loc("src/b/Job.java", 9, 3, 9, 20), Message: "deprecated"},
		{RuleID: "UID001", Level: analysis.LevelWarning, Location: loc("src/a/Other.java", 100, 1, 100, 9), Message: "b message"},
		{RuleID: "UID001", Level: analysis.LevelWarning, Location: loc("src/a/Other.java", 100, 1, 100, 9), Message: "a message"},
		{RuleID: "CFG001", Level: analysis.LevelWarning, Location: loc("src/b/Job.java", 46, 2, 46, 3), Message: "two\nlines"},
	}
}

func sampleNotifications() []analysis.Notification {
	return []analysis.Notification{
		{ID: "flinklint/parse-error", Level: analysis.LevelWarning, Message: "syntax error", Location: loc("src/b/Broken.java", 3, 1, 3, 2)},
		{ID: "flinklint/config-error", Level: analysis.LevelError, Message: "unknown key \"foo\""},
		{ID: "flinklint/read-error", Level: analysis.LevelWarning, Message: "file larger than 4 MiB", Location: loc("src/a/Huge.java", 0, 0, 0, 0)},
	}
}

func shuffled[T any](s []T, seed uint64) []T {
	out := slices.Clone(s)
	r := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

func TestWriteText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, sampleDiagnostics()); err != nil {
		t.Fatal(err)
	}
	want := `src/a/Other.java:100:1: warning UID001 a message
src/a/Other.java:100:1: warning UID001 b message
src/b/Job.java:9:3: note API002 deprecated
src/b/Job.java:46:2: warning CFG001 two lines
src/b/Job.java:46:18: error CKP001 checkpointing is not enabled
src/b/Job.java:46:18: warning UID001 stateful operator "aggregate" (window aggregation) has no uid()
`
	if got := buf.String(); got != want {
		t.Errorf("WriteText:\n%s\nwant:\n%s", got, want)
	}
}

func TestWriteTextSpecExample(t *testing.T) {
	// The example line of SPEC §1.
	d := analysis.Diagnostic{RuleID: "UID001", Level: analysis.LevelWarning, Location: loc("path/to/File.java", 46, 18, 46, 27),
		Message: `stateful operator "aggregate" (window aggregation) has no uid(); savepoints cannot be mapped after the job changes`}
	var buf bytes.Buffer
	if err := WriteText(&buf, []analysis.Diagnostic{d}); err != nil {
		t.Fatal(err)
	}
	want := `path/to/File.java:46:18: warning UID001 stateful operator "aggregate" (window aggregation) has no uid(); savepoints cannot be mapped after the job changes` + "\n"
	if buf.String() != want {
		t.Errorf("got %q\nwant %q", buf.String(), want)
	}
}

func TestWriteTextEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteText(&buf, nil); err != nil {
		t.Fatal(err)
	}
	if buf.Len() != 0 {
		t.Errorf("empty input wrote %q", buf.String())
	}
}

func TestWriteTextDoesNotModifyInput(t *testing.T) {
	in := sampleDiagnostics()
	orig := slices.Clone(in)
	if err := WriteText(&bytes.Buffer{}, in); err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(in, orig) {
		t.Error("WriteText reordered its input")
	}
}

func TestWriteNotificationsText(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteNotificationsText(&buf, sampleNotifications()); err != nil {
		t.Fatal(err)
	}
	want := `flinklint: flinklint/config-error: unknown key "foo"
src/a/Huge.java: flinklint/read-error: file larger than 4 MiB
src/b/Broken.java:3:1: flinklint/parse-error: syntax error
`
	if got := buf.String(); got != want {
		t.Errorf("WriteNotificationsText:\n%s\nwant:\n%s", got, want)
	}
}

func TestOrderIndependentOfInputOrder(t *testing.T) {
	diags := sampleDiagnostics()
	// Two findings equal in path, line, column, rule and message, that
	// differ only in what follows: their order must still be fixed.
	twin := diags[0]
	twin.Related = nil
	twin.Fingerprints = map[string]string{"flinklint/v1": "x"}
	diags = append(diags, twin)
	notes := sampleNotifications()

	var wantText, wantNotes, wantJSON bytes.Buffer
	if err := WriteText(&wantText, diags); err != nil {
		t.Fatal(err)
	}
	if err := WriteNotificationsText(&wantNotes, notes); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&wantJSON, JSONInput{ToolVersion: "1.0.0", Diagnostics: diags, Notifications: notes}); err != nil {
		t.Fatal(err)
	}
	for seed := range uint64(20) {
		var gotText, gotNotes, gotJSON bytes.Buffer
		sd, sn := shuffled(diags, seed), shuffled(notes, seed)
		if err := WriteText(&gotText, sd); err != nil {
			t.Fatal(err)
		}
		if err := WriteNotificationsText(&gotNotes, sn); err != nil {
			t.Fatal(err)
		}
		if err := WriteJSON(&gotJSON, JSONInput{ToolVersion: "1.0.0", Diagnostics: sd, Notifications: sn}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(gotText.Bytes(), wantText.Bytes()) || !bytes.Equal(gotNotes.Bytes(), wantNotes.Bytes()) ||
			!bytes.Equal(gotJSON.Bytes(), wantJSON.Bytes()) {
			t.Fatalf("seed %d: output depends on input order", seed)
		}
	}
}

func TestCompareDiagnosticsTotal(t *testing.T) {
	diags := sampleDiagnostics()
	for i, a := range diags {
		for j, b := range diags {
			c, r := CompareDiagnostics(a, b), CompareDiagnostics(b, a)
			if c != -r {
				t.Errorf("Compare(%d,%d)=%d but Compare(%d,%d)=%d", i, j, c, j, i, r)
			}
			if (c == 0) != (i == j) {
				t.Errorf("Compare(%d,%d)=%d", i, j, c)
			}
		}
	}
}

func TestWriteJSON(t *testing.T) {
	rules := []*analysis.Rule{
		{ID: "UID001", Name: "stateful-operator-without-uid"},
		{ID: "CKP001", Name: "checkpointing-disabled"},
		nil,
	}
	var buf bytes.Buffer
	err := WriteJSON(&buf, JSONInput{ToolVersion: "0.3.0", Diagnostics: sampleDiagnostics(), Notifications: sampleNotifications(), Rules: rules})
	if err != nil {
		t.Fatal(err)
	}
	out := buf.Bytes()
	if !bytes.HasSuffix(out, []byte("}\n")) || bytes.HasSuffix(out, []byte("\n\n")) {
		t.Error("want exactly one trailing newline")
	}
	if !bytes.HasPrefix(out, []byte("{\n  \"schemaVersion\": 1,\n  \"tool\": {\n    \"name\": \"flinklint\",")) {
		t.Errorf("unexpected start (indent or field order):\n%s", out[:min(len(out), 120)])
	}

	var rep JSONReport
	dec := json.NewDecoder(bytes.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&rep); err != nil {
		t.Fatal(err)
	}
	if rep.SchemaVersion != 1 || rep.Tool != (JSONTool{Name: "flinklint", Version: "0.3.0"}) {
		t.Errorf("header: %+v %+v", rep.SchemaVersion, rep.Tool)
	}
	if got, want := rep.Summary, (JSONSummary{Error: 1, Warning: 4, Note: 1, Notifications: 3}); got != want {
		t.Errorf("summary %+v, want %+v", got, want)
	}
	var order []string
	for _, f := range rep.Findings {
		order = append(order, f.RuleID+" "+f.Message)
	}
	wantOrder := []string{"UID001 a message", "UID001 b message", "API002 deprecated", "CFG001 two\nlines",
		"CKP001 checkpointing is not enabled", `UID001 stateful operator "aggregate" (window aggregation) has no uid()`}
	if !slices.Equal(order, wantOrder) {
		t.Errorf("findings order %q, want %q", order, wantOrder)
	}
	uid := rep.Findings[5]
	wantUID := JSONFinding{RuleID: "UID001", RuleName: "stateful-operator-without-uid", Level: "warning",
		Path: "src/b/Job.java", Line: 46, Column: 18, EndLine: 46, EndColumn: 27,
		Message: `stateful operator "aggregate" (window aggregation) has no uid()`,
		Job:     "com.acme.Job#main", Operator: "aggregate#1",
		Related: []JSONRelated{{Path: "src/b/Sum.java", Line: 12, Column: 5, EndLine: 12, EndColumn: 30, Message: "state is obtained here"}}}
	if !reflect.DeepEqual(uid, wantUID) {
		t.Errorf("finding\n%+v\nwant\n%+v", uid, wantUID)
	}
	// Unknown end: the start line, and the column after the start.
	if ckp := rep.Findings[4]; ckp.EndLine != 46 || ckp.EndColumn != 19 || ckp.RuleName != "checkpointing-disabled" {
		t.Errorf("CKP001 finding %+v", ckp)
	}
	if api := rep.Findings[2]; api.RuleName != "" {
		t.Errorf("unknown rule got name %q", api.RuleName)
	}
	if n := rep.Notifications[0]; n.ID != "flinklint/config-error" || n.Path != "" || n.Line != 0 {
		t.Errorf("first notification %+v", n)
	}

	// Empty optional fields are left out, not written empty.
	s := string(out)
	for _, absent := range []string{`"job": ""`, `"operator": ""`, `"related": null`, `"related": []`, `"path": ""`} {
		if strings.Contains(s, absent) {
			t.Errorf("output contains %s", absent)
		}
	}
	// HTML characters stay readable.
	if strings.Contains(s, `\u003c`) || strings.Contains(s, `\u0026`) {
		t.Error("HTML escaping is on")
	}

	// Round trip: what we decoded encodes back to the same bytes.
	var again bytes.Buffer
	enc := json.NewEncoder(&again)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(rep); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again.Bytes(), out) {
		t.Errorf("round trip differs:\n%s\nvs\n%s", again.Bytes(), out)
	}

	// Stable bytes.
	var second bytes.Buffer
	if err := WriteJSON(&second, JSONInput{ToolVersion: "0.3.0", Diagnostics: sampleDiagnostics(), Notifications: sampleNotifications(), Rules: rules}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(second.Bytes(), out) {
		t.Error("identical input gave different bytes")
	}
}

func TestWriteJSONEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteJSON(&buf, JSONInput{ToolVersion: "dev"}); err != nil {
		t.Fatal(err)
	}
	want := `{
  "schemaVersion": 1,
  "tool": {
    "name": "flinklint",
    "version": "dev"
  },
  "findings": [],
  "notifications": [],
  "summary": {
    "error": 0,
    "warning": 0,
    "note": 0,
    "notifications": 0
  }
}
`
	if buf.String() != want {
		t.Errorf("got\n%s\nwant\n%s", buf.String(), want)
	}
}

// TestWriteTextEscapes: a path with a line break or another control
// character is quoted, so a record stays one line and a file name cannot
// send escape sequences to the terminal; control characters in messages are
// written as escapes (issue 18).
func TestWriteTextEscapes(t *testing.T) {
	var buf bytes.Buffer
	ds := []analysis.Diagnostic{
		{RuleID: "UID001", Level: analysis.LevelWarning, Location: loc("src/a\nb/Job.java", 3, 5, 3, 9), Message: "plain"},
		{RuleID: "CFG006", Level: analysis.LevelWarning, Location: loc("conf/\x1b[2Jflink-conf.yaml", 1, 1, 1, 2), Message: "key \"x\x1b[31my\" is unknown\r\nnext"},
		{RuleID: "UID001", Level: analysis.LevelWarning, Location: loc("src/Ünïcode tab\there.java", 1, 1, 1, 2), Message: "tab\tkept"},
	}
	if err := WriteText(&buf, ds); err != nil {
		t.Fatal(err)
	}
	want := `"conf/\x1b[2Jflink-conf.yaml":1:1: warning CFG006 key "x\x1b[31my" is unknown next
"src/a\nb/Job.java":3:5: warning UID001 plain
"src/Ünïcode tab\there.java":1:1: warning UID001 tab	kept
`
	if got := buf.String(); got != want {
		t.Errorf("WriteText:\n%s\nwant:\n%s", got, want)
	}
	buf.Reset()
	WriteNotificationsText(&buf, []analysis.Notification{{ID: "flinklint/read-error", Level: analysis.LevelWarning, Message: "cannot read", Location: loc("a\rb.java", 0, 0, 0, 0)}})
	if got := buf.String(); got != "\"a\\rb.java\": flinklint/read-error: cannot read\n" {
		t.Errorf("WriteNotificationsText: %q", got)
	}
}
