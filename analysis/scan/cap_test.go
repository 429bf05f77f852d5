package scan

import (
	"fmt"
	"strings"
	"testing"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/report"
	"github.com/flinklint/flinklint/parser"
)

// TestCapPerFile: a file lists at most max findings of one rule; the rest
// are counted in one notification per file and rule, at the first one left
// out (issue 18: a generated file gave a 184 MB SARIF file).
func TestCapPerFile(t *testing.T) {
	var ds []analysis.Diagnostic
	add := func(path, rule string, n int) {
		for i := 1; i <= n; i++ {
			ds = append(ds, analysis.Diagnostic{RuleID: rule, Level: analysis.LevelWarning, Message: "m",
				Location: parser.Location{Path: path, Pos: parser.MakePos(i, 1, i, 2)}})
		}
	}
	add("Gen.java", "UID001", 250)
	add("Gen.java", "PAR001", 3)
	add("Other.java", "UID001", 100)
	ds = report.SortedDiagnostics(ds)

	kept, notes, elided := CapPerFile(ds, 100)
	count := map[string]int{}
	for _, d := range kept {
		count[d.Path+" "+d.RuleID]++
	}
	if want := map[string]int{"Gen.java UID001": 100, "Gen.java PAR001": 3, "Other.java UID001": 100}; fmt.Sprint(count) != fmt.Sprint(want) {
		t.Errorf("kept %v, want %v", count, want)
	}
	if elided != 150 || len(notes) != 1 {
		t.Fatalf("elided %d, notes %+v", elided, notes)
	}
	n := notes[0]
	if n.ID != NoteElided || n.Path != "Gen.java" || n.Pos.Line != 101 || !strings.Contains(n.Message, "150 more UID001 findings") {
		t.Errorf("notification %+v", n)
	}
	for _, d := range kept {
		if d.Path == "Gen.java" && d.RuleID == "UID001" && d.Pos.Line > 100 {
			t.Errorf("kept a finding past the first 100: line %d", d.Pos.Line)
		}
	}
	if all, notes, elided := CapPerFile(ds, 0); len(all) != len(ds) || len(notes) != 0 || elided != 0 {
		t.Errorf("max 0 must keep everything")
	}
}
