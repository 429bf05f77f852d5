package scan

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

// DefaultMaxPerFile is how many findings of one rule a file lists by
// default (--max-per-file). A file with more is generated or pathological:
// a 4 MiB generated job gave 70,000 findings and a 184 MB SARIF file, far
// past what GitHub code scanning accepts (25,000 results a run, 10 MB
// gzipped) or anyone reads.
const DefaultMaxPerFile = 100

// NoteElided says how many findings of a rule a file does not list.
const NoteElided = "flinklint/findings-elided"

// CapPerFile keeps the first max findings of each rule in each file of ds
// (sorted, as Run returns them) and drops the rest, with one notification
// per file and rule that says how many were left out, placed at the first
// of them. max 0 keeps everything. It runs after the baseline filter and
// after --fix and --write-baseline, which see every finding; so does the
// exit code.
func CapPerFile(ds []analysis.Diagnostic, max int) (kept []analysis.Diagnostic, notes []analysis.Notification, elided int) {
	if max <= 0 {
		return ds, nil, 0
	}
	type key struct{ path, rule string }
	seen := map[key]int{}
	first := map[key]parser.Location{}
	var order []key
	for _, d := range ds {
		k := key{d.Path, d.RuleID}
		seen[k]++
		if seen[k] <= max {
			kept = append(kept, d)
			continue
		}
		if seen[k] == max+1 {
			first[k] = parser.Location{Path: d.Path, Pos: d.Pos}
			order = append(order, k)
		}
		elided++
	}
	for _, k := range order {
		n := seen[k] - max
		what := "in this file"
		if k.path == "" {
			what = "without a file"
		}
		notes = append(notes, analysis.Notification{ID: NoteElided, Level: analysis.LevelNote, Location: first[k],
			Message: fmt.Sprintf("%d more %s findings %s are not listed (the first %d are; --max-per-file 0 lists all)", n, k.rule, what, max)})
	}
	return kept, notes, elided
}
