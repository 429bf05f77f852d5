package main

import (
	"fmt"
	"sort"
)

// OpFinding is a predicted operator finding (UID001 or UID005): the file
// (relative to the repository root), the line of the operator's method name
// token, and the method.
type OpFinding struct {
	Path   string
	Line   int
	Method string
}

// JobFinding is a predicted job-level finding, reported at the job's
// environment-creation call.
type JobFinding struct {
	Rule string
	Path string
	Line int
}

// Mismatch is one scored error, for the verbose listing.
type Mismatch struct {
	Kind   string // "FP" or "FN" (operators), "wrong" (jobs)
	Rule   string
	Path   string
	Line   int
	Method string
	Why    string
}

func (m Mismatch) String() string {
	where := fmt.Sprintf("%s:%d", m.Path, m.Line)
	what := m.Rule
	if m.Method != "" {
		what += " " + m.Method
	}
	if m.Why != "" {
		return fmt.Sprintf("%-5s %s %s (%s)", m.Kind, what, where, m.Why)
	}
	return fmt.Sprintf("%-5s %s %s", m.Kind, what, where)
}

// PRF counts a detection task.
type PRF struct {
	TP, FP, FN int
}

// Add accumulates.
func (p *PRF) Add(q PRF) { p.TP += q.TP; p.FP += q.FP; p.FN += q.FN }

// Precision is TP/(TP+FP); 1 when nothing was predicted.
func (p PRF) Precision() float64 {
	if p.TP+p.FP == 0 {
		return 1
	}
	return float64(p.TP) / float64(p.TP+p.FP)
}

// Recall is TP/(TP+FN); 1 when nothing was to be found.
func (p PRF) Recall() float64 {
	if p.TP+p.FN == 0 {
		return 1
	}
	return float64(p.TP) / float64(p.TP+p.FN)
}

// F1 is the harmonic mean of precision and recall.
func (p PRF) F1() float64 {
	pr, rc := p.Precision(), p.Recall()
	if pr+rc == 0 {
		return 0
	}
	return 2 * pr * rc / (pr + rc)
}

// Acc counts a per-job decision.
type Acc struct {
	Right, Total int
}

// Add accumulates.
func (a *Acc) Add(b Acc) { a.Right += b.Right; a.Total += b.Total }

// Value is Right/Total; 1 when there was nothing to decide.
func (a Acc) Value() float64 {
	if a.Total == 0 {
		return 1
	}
	return float64(a.Right) / float64(a.Total)
}

// Score is the result of comparing one set of predictions with the labels.
type Score struct {
	UID001     PRF
	UID005     PRF
	Jobs       map[string]*Acc // by rule
	Mismatches []Mismatch
}

func newScore() *Score {
	s := &Score{Jobs: map[string]*Acc{}}
	for _, r := range jobRules {
		s.Jobs[r] = &Acc{}
	}
	return s
}

// Add accumulates another score (mismatches are not carried over).
func (s *Score) Add(o *Score) {
	s.UID001.Add(o.UID001)
	s.UID005.Add(o.UID005)
	for r, a := range o.Jobs {
		s.Jobs[r].Add(*a)
	}
}

// JobsAll is the accuracy over every job-level decision.
func (s *Score) JobsAll() Acc {
	var a Acc
	for _, r := range jobRules {
		a.Add(*s.Jobs[r])
	}
	return a
}

type lineKey struct {
	path string
	line int
}

// ScoreOps compares predicted operator findings of one rule with the
// labelled operators. want says which labelled operators the rule should
// report. Predictions outside labelled files are ignored; a prediction in a
// labelled file matches a labelled operator on the same line with the same
// method (each labelled operator is matched at most once). A matched
// operator the rule should report is a TP, any other prediction is an FP,
// and an operator the rule should report that no prediction matched is an FN.
func ScoreOps(l *Labels, rule string, preds []OpFinding, want func(OpLabel) bool) (PRF, []Mismatch) {
	ops := map[lineKey][]OpLabel{}
	labelled := map[string]bool{}
	for _, f := range l.Files {
		labelled[f.Path] = true
		for _, o := range f.Operators {
			k := lineKey{f.Path, o.Line}
			ops[k] = append(ops[k], o)
		}
	}
	used := map[lineKey][]bool{}
	for k, v := range ops {
		used[k] = make([]bool, len(v))
	}
	var prf PRF
	var mm []Mismatch
	for _, p := range sortedOps(preds) {
		if !labelled[p.Path] {
			continue
		}
		k := lineKey{p.Path, p.Line}
		// Prefer an operator the rule should report when a line has two
		// calls of the same method.
		idx := -1
		for i, o := range ops[k] {
			if !used[k][i] && o.Method == p.Method && (idx < 0 || want(o) && !want(ops[k][idx])) {
				idx = i
			}
		}
		if idx < 0 {
			prf.FP++
			mm = append(mm, Mismatch{Kind: "FP", Rule: rule, Path: p.Path, Line: p.Line, Method: p.Method, Why: "not a labelled operator"})
			continue
		}
		used[k][idx] = true
		o := ops[k][idx]
		if want(o) {
			prf.TP++
		} else {
			prf.FP++
			mm = append(mm, Mismatch{Kind: "FP", Rule: rule, Path: p.Path, Line: p.Line, Method: p.Method, Why: describe(o)})
		}
	}
	nth := map[lineKey]int{}
	for _, f := range l.Files {
		for _, o := range f.Operators {
			k := lineKey{f.Path, o.Line}
			i := nth[k] // ops[k] holds the operators of the line in this order
			nth[k]++
			if want(o) && !used[k][i] {
				prf.FN++
				mm = append(mm, Mismatch{Kind: "FN", Rule: rule, Path: f.Path, Line: o.Line, Method: o.Method, Why: describe(o)})
			}
		}
	}
	return prf, mm
}

func describe(o OpLabel) string {
	s := "labelled stateless"
	if o.Stateful {
		s = "labelled stateful"
	}
	if o.UID {
		s += ", has uid"
	} else {
		s += ", no uid"
	}
	if o.BatchOnly {
		s += ", batch job only"
	}
	if o.Note != "" {
		s += ": " + o.Note
	}
	return s
}

// ScoreJobs scores the job-level rules: for each labelled job and rule, the
// decision is right when the rule fires at the job's environment-creation
// call exactly when the label expects it. A job-level finding in a labelled
// file at a line that is no labelled job is one more wrong decision.
func ScoreJobs(l *Labels, preds []JobFinding) (map[string]*Acc, []Mismatch) {
	acc := map[string]*Acc{}
	for _, r := range jobRules {
		acc[r] = &Acc{}
	}
	fired := map[JobFinding]bool{}
	for _, p := range preds {
		fired[p] = true
	}
	labelled := map[string]bool{}
	for _, f := range l.Files {
		labelled[f.Path] = true
	}
	jobAt := map[lineKey]bool{}
	var mm []Mismatch
	for _, j := range l.Jobs {
		labelled[j.File] = true
		jobAt[lineKey{j.File, j.Line}] = true
		for _, r := range jobRules {
			a := acc[r]
			a.Total++
			got, want := fired[JobFinding{r, j.File, j.Line}], j.Expect(r)
			if got == want {
				a.Right++
				continue
			}
			why := "missed: the label says the setting is missing"
			if got {
				why = "fired, but the label says it should not"
			}
			if j.Note != "" {
				why += "; " + j.Note
			}
			mm = append(mm, Mismatch{Kind: "wrong", Rule: r, Path: j.File, Line: j.Line, Why: why})
		}
	}
	for _, p := range sortedJobs(preds) {
		if _, ok := acc[p.Rule]; !ok || !labelled[p.Path] || jobAt[lineKey{p.Path, p.Line}] {
			continue
		}
		acc[p.Rule].Total++
		mm = append(mm, Mismatch{Kind: "wrong", Rule: p.Rule, Path: p.Path, Line: p.Line, Why: "fired where no job is labelled"})
	}
	return acc, mm
}

// Evaluate scores one set of predictions against one repository's labels.
func Evaluate(l *Labels, uid001, uid005 []OpFinding, jobs []JobFinding) *Score {
	s := newScore()
	var mm []Mismatch
	s.UID001, mm = ScoreOps(l, "UID001", uid001, OpLabel.WantUID001)
	s.Mismatches = append(s.Mismatches, mm...)
	if uid005 != nil {
		s.UID005, mm = ScoreOps(l, "UID005", uid005, OpLabel.WantUID005)
		s.Mismatches = append(s.Mismatches, mm...)
	}
	var acc map[string]*Acc
	acc, mm = ScoreJobs(l, jobs)
	s.Jobs = acc
	s.Mismatches = append(s.Mismatches, mm...)
	sort.SliceStable(s.Mismatches, func(i, j int) bool {
		a, b := s.Mismatches[i], s.Mismatches[j]
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		return a.Line < b.Line
	})
	return s
}

func sortedOps(in []OpFinding) []OpFinding {
	out := append([]OpFinding(nil), in...)
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Method < b.Method
	})
	return out
}

func sortedJobs(in []JobFinding) []JobFinding {
	out := append([]JobFinding(nil), in...)
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Path != b.Path {
			return a.Path < b.Path
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Rule < b.Rule
	})
	return out
}
