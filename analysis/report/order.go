package report

import (
	"cmp"
	"maps"
	"slices"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/parser"
)

// CompareDiagnostics orders findings by path, line, column, rule id and
// message, the order of every output format. Findings equal in all of those
// are ordered by their remaining fields, so the order is total and a sorted
// list never depends on the order findings were reported in.
func CompareDiagnostics(a, b analysis.Diagnostic) int {
	if c := cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
		cmp.Compare(a.RuleID, b.RuleID),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Pos.EndLine, b.Pos.EndLine),
		cmp.Compare(a.Pos.EndCol, b.Pos.EndCol),
		cmp.Compare(a.Level, b.Level),
		cmp.Compare(a.Job, b.Job),
		cmp.Compare(a.Operator, b.Operator),
	); c != 0 {
		return c
	}
	if c := slices.CompareFunc(a.Related, b.Related, compareRelated); c != 0 {
		return c
	}
	return compareStringMaps(a.Fingerprints, b.Fingerprints)
}

// CompareNotifications orders notifications by path, line, column, id and
// message (then level); those that concern no file come first.
func CompareNotifications(a, b analysis.Notification) int {
	return cmp.Or(
		compareLocations(a.Location, b.Location),
		cmp.Compare(a.ID, b.ID),
		cmp.Compare(a.Message, b.Message),
		cmp.Compare(a.Level, b.Level),
	)
}

// SortedDiagnostics returns a sorted copy of diags.
func SortedDiagnostics(diags []analysis.Diagnostic) []analysis.Diagnostic {
	out := slices.Clone(diags)
	slices.SortStableFunc(out, CompareDiagnostics)
	return out
}

// SortedNotifications returns a sorted copy of notes.
func SortedNotifications(notes []analysis.Notification) []analysis.Notification {
	out := slices.Clone(notes)
	slices.SortStableFunc(out, CompareNotifications)
	return out
}

func compareRelated(a, b analysis.Related) int {
	return cmp.Or(
		compareLocations(a.Location, b.Location),
		cmp.Compare(a.Message, b.Message),
	)
}

func compareLocations(a, b parser.Location) int {
	return cmp.Or(
		cmp.Compare(a.Path, b.Path),
		cmp.Compare(a.Pos.Line, b.Pos.Line),
		cmp.Compare(a.Pos.Col, b.Pos.Col),
		cmp.Compare(a.Pos.EndLine, b.Pos.EndLine),
		cmp.Compare(a.Pos.EndCol, b.Pos.EndCol),
	)
}

func compareStringMaps(a, b map[string]string) int {
	ka, kb := slices.Sorted(maps.Keys(a)), slices.Sorted(maps.Keys(b))
	for i := 0; i < len(ka) && i < len(kb); i++ {
		if c := cmp.Or(cmp.Compare(ka[i], kb[i]), cmp.Compare(a[ka[i]], b[kb[i]])); c != 0 {
			return c
		}
	}
	return cmp.Compare(len(ka), len(kb))
}
