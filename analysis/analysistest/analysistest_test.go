package analysistest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/rules"
)

// recorder captures what the harness reports instead of failing the test.
type recorder struct {
	testing.TB
	errs []string
}

func (r *recorder) Errorf(format string, args ...any) {
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}
func (r *recorder) Helper() {}

const job = `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class J {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("h", 1)
            .keyBy(s -> s)
            .reduce((a, b) -> a) %s
            .print();
        env.execute();
    }
}
`

func runOn(t *testing.T, want string) []string {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "J.java"), []byte(fmt.Sprintf(job, want)), 0o644); err != nil {
		t.Fatal(err)
	}
	rec := &recorder{TB: t}
	Run(rec, dir, []*analysis.Rule{rules.StatefulOperatorWithoutUID}, Options{})
	return rec.errs
}

func TestHarnessBothWays(t *testing.T) {
	if errs := runOn(t, `// want "UID001: reduce.*keyed state"`); len(errs) != 0 {
		t.Errorf("matching want reported errors: %v", errs)
	}
	if errs := runOn(t, ""); len(errs) != 1 || !strings.Contains(errs[0], "unexpected UID001") {
		t.Errorf("unwanted finding not reported: %v", errs)
	}
	if errs := runOn(t, `// want "UID001" "UID001"`); len(errs) != 1 || !strings.Contains(errs[0], "missing") {
		t.Errorf("missing finding not reported: %v", errs)
	}
	if errs := runOn(t, `// want "UID001: window"`); len(errs) != 2 {
		t.Errorf("message regexp not checked: %v", errs)
	}
}

func TestParseWant(t *testing.T) {
	ws, err := ParseWant(`// want "UID001" "PAR001: max \"par\""`)
	if err != nil || len(ws) != 2 || ws[0].Rule != "UID001" || ws[1].Msg == nil || !ws[1].Msg.MatchString(`max "par"`) {
		t.Fatalf("got %+v, %v", ws, err)
	}
	if ws, _ := ParseWant("// wanted nothing"); ws != nil {
		t.Errorf("not a want: %+v", ws)
	}
	if _, err := ParseWant(`// want UID001`); err == nil {
		t.Error("unquoted want accepted")
	}
	if _, err := ParseWant(`// want "uid1"`); err == nil {
		t.Error("bad rule id accepted")
	}
}

// TestTextWants: trailing wants in YAML, wants on the line before in
// .properties and .xml files.
func TestTextWants(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"flink-conf.yaml":          "a: 1\nexecution.checkpointing.intervall: 30s # want \"CFG006: did you mean\"\n",
		"log4j-console.properties": "# a comment\n# want \"OBS003\"\n\nrootLogger.level = DEBUG\n",
		"logback.xml":              "<configuration>\n  <!-- want \"OBS003\" \"OBS003\" -->\n  <root level=\"DEBUG\"/>\n</configuration>\n",
	}
	for name, content := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	ws, err := Expectations(dir, dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, w := range ws {
		got = append(got, fmt.Sprintf("%s:%d:%s", w.Path, w.Line, w.Rule))
	}
	want := "flink-conf.yaml:2:CFG006 log4j-console.properties:4:OBS003 logback.xml:3:OBS003 logback.xml:3:OBS003"
	if strings.Join(got, " ") != want {
		t.Errorf("got %v, want %s", got, want)
	}
}
