// Command flinklint-eval measures flinklint on a labelled corpus of public
// Flink projects (issue 4): for each repository of
// testdata/realworld/manifest.json it exports the labelled commit from a
// local mirror, scans it in-process, and compares the findings with the
// hand-made labels: precision, recall and F1 for UID001 (and UID005), and
// accuracy for the job-level rules PAR001, CKPT001, RET001 and STATE001.
// Beside flinklint's figures it prints those of a naive, grep-like baseline
// (see naive.go), and it counts the tool notifications of each repository.
//
// The corpus is not vendored: fetch each repository first, into
// <mirrors>/<owner>+<name>/repo (a bare git directory; -mirrors, default
// $FLINKLINT_EVAL_MIRRORS or /work/.mirror).
//
//	go run ./cmd/flinklint-eval [-v] [-repo SUBSTR] [-mirrors DIR] [-work DIR]
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/scan"
)

// Rules the evaluation runs; nothing else is enabled.
var evalRules = []string{"UID001", "UID005", "PAR001", "CKPT001", "RET001", "STATE001"}

// stormLimit: more notifications than this for one repository is a
// notification storm.
const stormLimit = 20

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

type repoResult struct {
	entry     RepoEntry
	labels    *Labels
	ops       int
	positives int
	jobs      int
	tool      *Score
	naive     *Score
	notes     []analysis.Notification
	javaFiles int
	elapsed   time.Duration
	err       error
}

func run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("flinklint-eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	manifest := fs.String("manifest", "testdata/realworld/manifest.json", "the corpus manifest")
	mirrors := fs.String("mirrors", envOr("FLINKLINT_EVAL_MIRRORS", "/work/.mirror"), "directory of the fetched mirrors (<owner>+<name>/repo)")
	work := fs.String("work", filepath.Join(os.TempDir(), "flinklint-eval"), "where commits are exported")
	verbose := fs.Bool("v", false, "list every miss and false positive, of flinklint and of the baseline")
	only := fs.String("repo", "", "evaluate only repositories whose name contains this")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	m, labels, err := loadCorpus(*manifest)
	if err != nil {
		fmt.Fprintln(stderr, "flinklint-eval:", err)
		return 2
	}
	var entries []RepoEntry
	for _, e := range m.Repos {
		if *only == "" || strings.Contains(e.Repo, *only) {
			entries = append(entries, e)
		}
	}
	var missing, howto []string
	for _, e := range entries {
		dir := mirrorDir(*mirrors, e.Repo)
		if err := checkMirror(dir, e.Commit); err != nil {
			missing = append(missing, fmt.Sprintf("  %-62s %v", e.Repo, err))
			howto = append(howto, fmt.Sprintf("  fetch github:%s   (or: git clone --bare https://github.com/%s %s)", e.Repo, e.Repo, dir))
		}
	}
	if len(missing) > 0 {
		fmt.Fprintf(stderr, "flinklint-eval: %d of %d corpus repositories are not available under %s:\n%s\n",
			len(missing), len(entries), *mirrors, strings.Join(missing, "\n"))
		fmt.Fprintf(stderr, "The corpus is not vendored. Fetch each missing repository first, with the workspace's fetch tool\n"+
			"or a bare clone into the mirror directory:\n%s\nthen run `make eval` again (-mirrors DIR or $FLINKLINT_EVAL_MIRRORS picks another mirror directory).\n",
			strings.Join(howto, "\n"))
		return 2
	}

	var results []*repoResult
	for _, e := range entries {
		r := evalRepo(e, labels[e.Repo], *mirrors, *work)
		results = append(results, r)
		if r.err != nil {
			fmt.Fprintf(stderr, "flinklint-eval: %s: %v\n", e.Repo, r.err)
		}
	}
	report(stdout, results, *verbose)
	for _, r := range results {
		if r.err != nil {
			return 1
		}
	}
	return 0
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

func evalRepo(e RepoEntry, l *Labels, mirrors, work string) *repoResult {
	r := &repoResult{entry: e, labels: l, jobs: len(l.Jobs)}
	for _, f := range l.Files {
		for _, o := range f.Operators {
			r.ops++
			if o.WantUID001() {
				r.positives++
			}
		}
	}
	dest := filepath.Join(work, strings.Replace(e.Repo, "/", "+", 1)+"@"+e.Commit[:12])
	if _, err := export(mirrorDir(mirrors, e.Repo), e.Commit, e.Subdir, dest); err != nil {
		r.err = fmt.Errorf("export: %w", err)
		return r
	}
	scanDir := filepath.Join(dest, filepath.FromSlash(e.Subdir))
	start := time.Now()
	res, err := scanSafely(scanDir)
	r.elapsed = time.Since(start)
	if err != nil {
		r.err = fmt.Errorf("scan: %w", err)
		return r
	}
	r.notes = res.Notifications
	r.javaFiles = res.JavaFiles

	// Paths relative to the repository root, as the labels have them.
	rel := func(p string) string {
		if !filepath.IsAbs(p) {
			p = filepath.Join(res.Root, p)
		}
		if s, err := filepath.Rel(dest, p); err == nil {
			return filepath.ToSlash(s)
		}
		return filepath.ToSlash(p)
	}
	var uid001, uid005 []OpFinding
	var jobs []JobFinding
	for _, d := range res.Diagnostics {
		p := rel(d.Path)
		switch d.RuleID {
		case "UID001", "UID005":
			f := OpFinding{Path: p, Line: int(d.Pos.Line), Method: operatorMethod(d)}
			if d.RuleID == "UID001" {
				uid001 = append(uid001, f)
			} else {
				uid005 = append(uid005, f)
			}
		case "PAR001", "CKPT001", "RET001", "STATE001":
			jobs = append(jobs, JobFinding{Rule: d.RuleID, Path: p, Line: int(d.Pos.Line)})
		}
	}
	r.tool = Evaluate(l, uid001, uid005, jobs)

	// The naive baseline reads the labelled files and the jobs' files.
	var nOps []OpFinding
	var nJobs []JobFinding
	for _, f := range l.Files {
		src, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(f.Path)))
		if err != nil {
			r.err = fmt.Errorf("labelled file: %w", err)
			return r
		}
		nOps = append(nOps, naiveOps(f.Path, string(src))...)
	}
	for _, j := range l.Jobs {
		src, err := os.ReadFile(filepath.Join(dest, filepath.FromSlash(j.File)))
		if err != nil {
			r.err = fmt.Errorf("labelled job: %w", err)
			return r
		}
		for rule, fire := range naiveJob(string(src)) {
			if fire {
				nJobs = append(nJobs, JobFinding{Rule: rule, Path: j.File, Line: j.Line})
			}
		}
	}
	r.naive = Evaluate(l, nOps, nil, nJobs)
	return r
}

// scanSafely runs the analyzer in-process; a panic that escapes it is a
// crash, reported as an error.
func scanSafely(dir string) (res *scan.Result, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("analyzer crashed: %v", p)
		}
	}()
	return scan.Run(context.Background(), scan.Options{
		Paths:   []string{dir},
		Enable:  evalRules,
		Disable: []string{"all"},
	})
}

// operatorMethod is the method of an operator finding: the Operator
// identity is "method#ordinal"; the message names it as operator "m".
func operatorMethod(d analysis.Diagnostic) string {
	if m, _, ok := strings.Cut(d.Operator, "#"); ok && m != "" {
		return m
	}
	if _, after, ok := strings.Cut(d.Message, `operator "`); ok {
		if m, _, ok := strings.Cut(after, `"`); ok {
			return m
		}
	}
	return ""
}

func report(w io.Writer, results []*repoResult, verbose bool) {
	fmt.Fprintln(w, "flinklint evaluation on the labelled corpus (testdata/realworld)")
	fmt.Fprintln(w, "UID001: precision / recall / F1 over labelled operators; jobs: accuracy of PAR001, CKPT001, RET001, STATE001 over labelled jobs.")
	fmt.Fprintln(w)
	fmt.Fprintf(w, "%-62s %4s %4s %4s | %-19s %-14s | %-19s | %-29s | %-29s | %s\n",
		"repository", "ops", "pos", "jobs", "UID001 flinklint", "  TP  FP  FN", "UID001 naive", "jobs flinklint PAR CKPT RET ST", "jobs naive     PAR CKPT RET ST", "notes")
	totTool, totNaive := newScore(), newScore()
	var totOps, totPos, totJobs, totNotes int
	for _, r := range results {
		if r.err != nil {
			fmt.Fprintf(w, "%-62s ERROR %v\n", r.entry.Repo, r.err)
			continue
		}
		totTool.Add(r.tool)
		totNaive.Add(r.naive)
		totOps += r.ops
		totPos += r.positives
		totJobs += r.jobs
		totNotes += len(r.notes)
		storm := ""
		if len(r.notes) > stormLimit {
			storm = " STORM"
		}
		fmt.Fprintf(w, "%-62s %4d %4d %4d | %s %s | %s | %s | %s | %d%s\n",
			r.entry.Repo, r.ops, r.positives, r.jobs, prf(r.tool.UID001), counts(r.tool.UID001), prf(r.naive.UID001),
			jobAcc(r.tool), jobAcc(r.naive), len(r.notes), storm)
	}
	fmt.Fprintf(w, "%-62s %4d %4d %4d | %s %s | %s | %s | %s | %d\n",
		"OVERALL", totOps, totPos, totJobs, prf(totTool.UID001), counts(totTool.UID001), prf(totNaive.UID001),
		jobAcc(totTool), jobAcc(totNaive), totNotes)
	fmt.Fprintln(w)
	fmt.Fprintf(w, "UID005 (any operator without uid), flinklint: %s %s\n", prf(totTool.UID005), counts(totTool.UID005))
	fmt.Fprintf(w, "naive baseline UID001 counts: %s\n", counts(totNaive.UID001))
	fmt.Fprintln(w, "ops: labelled operators; pos: of them stateful without uid (UID001 positives); jobs: labelled jobs; notes: tool notifications.")

	for _, r := range results {
		if r.err != nil || len(r.notes) == 0 {
			continue
		}
		ids := map[string]int{}
		for _, n := range r.notes {
			ids[n.ID]++
		}
		var keys []string
		for k := range ids {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, fmt.Sprintf("%s x%d", k, ids[k]))
		}
		fmt.Fprintf(w, "notifications %s: %s\n", r.entry.Repo, strings.Join(parts, ", "))
		if verbose {
			for _, n := range r.notes {
				fmt.Fprintf(w, "    %s:%d %s %s\n", n.Path, n.Pos.Line, n.ID, n.Message)
			}
		}
	}
	if !verbose {
		return
	}
	for _, r := range results {
		if r.err != nil {
			continue
		}
		if len(r.tool.Mismatches) > 0 {
			fmt.Fprintf(w, "\n%s: flinklint\n", r.entry.Repo)
			for _, m := range r.tool.Mismatches {
				fmt.Fprintln(w, "  "+m.String())
			}
		}
		if len(r.naive.Mismatches) > 0 {
			fmt.Fprintf(w, "%s: naive baseline\n", r.entry.Repo)
			for _, m := range r.naive.Mismatches {
				fmt.Fprintln(w, "  "+m.String())
			}
		}
	}
}

func prf(p PRF) string {
	return fmt.Sprintf("%.2f / %.2f / %.2f", p.Precision(), p.Recall(), p.F1())
}

func counts(p PRF) string {
	return fmt.Sprintf("%4d%4d%4d", p.TP, p.FP, p.FN)
}

func jobAcc(s *Score) string {
	all := s.JobsAll()
	return fmt.Sprintf("%5.1f%% %3.0f %3.0f %3.0f %3.0f", 100*all.Value(),
		100*s.Jobs["PAR001"].Value(), 100*s.Jobs["CKPT001"].Value(), 100*s.Jobs["RET001"].Value(), 100*s.Jobs["STATE001"].Value())
}
