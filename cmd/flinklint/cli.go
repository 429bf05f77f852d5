package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/pflag"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/baseline"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/analysis/fix"
	"github.com/flinklint/flinklint/analysis/report"
	"github.com/flinklint/flinklint/analysis/rules"
	"github.com/flinklint/flinklint/analysis/scan"
	"github.com/flinklint/flinklint/internal/atomicfile"
	"github.com/flinklint/flinklint/sarif"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "0.1.0-dev"

const informationURI = "https://github.com/flinklint/flinklint"

// Exit codes (SPEC §1).
const (
	exitOK       = 0 // nothing at or above --fail-on
	exitFindings = 1 // findings at or above --fail-on
	exitError    = 2 // the scan could not run
)

const usage = `flinklint: a static analyzer for Apache Flink DataStream jobs

Usage:
  flinklint scan [flags] [PATH ...]     analyze Java sources and Flink config under PATH (default .)
  flinklint rules [--format text|json]  list every rule
  flinklint explain RULE                show a rule's full help
  flinklint version                     print the version

Run 'flinklint scan --help' for the scan flags.
`

// run is the whole CLI: arguments in, an exit code out, no global state,
// so tests call it directly.
func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return exitError
	}
	switch args[0] {
	case "scan":
		return runScan(args[1:], stdout, stderr)
	case "rules":
		return runRules(args[1:], stdout, stderr)
	case "explain":
		return runExplain(args[1:], stdout, stderr)
	case "version", "--version":
		fmt.Fprintf(stdout, "flinklint %s\n", version)
		return exitOK
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return exitOK
	}
	fmt.Fprintf(stderr, "flinklint: unknown command %q\n\n%s", args[0], usage)
	return exitError
}

type scanFlags struct {
	format, output, failOn, flinkVersion, category string
	progress                                       string
	baseline, writeBaseline, config                string
	jobs, maxPerFile                               int
	flinkConfigs, enable, disable                  []string
	includeTests, fix                              bool
}

func runScan(args []string, stdout, stderr io.Writer) int {
	var f scanFlags
	fs := pflag.NewFlagSet("flinklint scan", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVarP(&f.format, "format", "f", "text", "output format: text, sarif or json")
	fs.StringVarP(&f.output, "output", "o", "", "write the report to `FILE` instead of stdout")
	fs.IntVarP(&f.jobs, "jobs", "j", 0, "parallel workers (default GOMAXPROCS+1)")
	fs.StringArrayVar(&f.flinkConfigs, "flink-config", nil, "a Flink config `FILE` that applies to every job (repeatable)")
	fs.StringVar(&f.flinkVersion, "flink-version", "", "target Flink `VERSION` ("+versionRange()+")")
	fs.StringVar(&f.failOn, "fail-on", "warning", "exit 1 when a finding is at or above this level: error, warning, note or none")
	fs.StringSliceVar(&f.enable, "enable", nil, "enable `RULES` (ids or names, comma-separated, or all)")
	fs.StringSliceVar(&f.disable, "disable", nil, "disable `RULES` (ids or names, comma-separated, or all)")
	fs.StringVar(&f.progress, "progress", "auto", "progress on stderr: auto (only on a terminal), always or never")
	fs.BoolVar(&f.fix, "fix", false, "apply mechanical fixes (add .uid(...) to stateful operators) and report what is left")
	fs.BoolVar(&f.includeTests, "include-tests", false, "also analyze src/test/** and *Test.java / *IT.java files")
	fs.StringVar(&f.category, "sarif-category", sarif.DefaultCategory, "SARIF runs[0].automationDetails.id")
	fs.StringVar(&f.config, "config", "", "tool config `FILE` (default .flinklint.yaml in the scan root when present)")
	fs.StringVar(&f.baseline, "baseline", "", "report only findings not recorded in the baseline `FILE`")
	fs.StringVar(&f.writeBaseline, "write-baseline", "", "record the current findings in `FILE` (then report them and exit 0)")
	fs.IntVar(&f.maxPerFile, "max-per-file", scan.DefaultMaxPerFile, "list at most `N` findings of one rule in one file, and count the rest (0 lists all)")
	fs.Usage = func() {
		fmt.Fprint(stderr, "Usage: flinklint scan [flags] [PATH ...]\n\nFlags:\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	switch f.format {
	case "text", "sarif", "json":
	default:
		fmt.Fprintf(stderr, "flinklint: --format must be text, sarif or json, not %q\n", f.format)
		return exitError
	}
	failRank, ok := failOnRank(f.failOn)
	if !ok {
		fmt.Fprintf(stderr, "flinklint: --fail-on must be error, warning, note or none, not %q\n", f.failOn)
		return exitError
	}
	if f.flinkVersion != "" {
		if err := config.CheckVersion(f.flinkVersion); err != nil {
			fmt.Fprintf(stderr, "flinklint: --flink-version %v\n", err)
			return exitError
		}
	}
	if f.jobs < 0 {
		fmt.Fprintf(stderr, "flinklint: --jobs must be positive\n")
		return exitError
	}
	if f.maxPerFile < 0 {
		fmt.Fprintf(stderr, "flinklint: --max-per-file must be 0 (no limit) or positive\n")
		return exitError
	}
	prog, err := newProgress(f.progress, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "flinklint: %v\n", err)
		return exitError
	}
	var base baseline.Set
	if f.baseline != "" {
		var err error
		if base, err = baseline.Load(f.baseline); err != nil {
			fmt.Fprintf(stderr, "flinklint: %v\n", err)
			return exitError
		}
	}
	res, err := scan.Run(context.Background(), scan.Options{
		Paths: fs.Args(), Jobs: f.jobs, IncludeTests: f.includeTests,
		FlinkConfigs: f.flinkConfigs, FlinkVersion: f.flinkVersion, Enable: f.enable, Disable: f.disable,
		Baseline: base, Config: f.config, Progress: prog.update,
	})
	prog.done()
	if err != nil {
		fmt.Fprintf(stderr, "flinklint: %v\n", err)
		return exitError
	}
	if f.fix {
		done, err := fix.Apply(res.Root, res.Diagnostics, func(p string) bool { return res.Unsafe[p] })
		if err != nil {
			fmt.Fprintf(stderr, "flinklint: --fix: %v\n", err)
			return exitError
		}
		res.Diagnostics = remove(res.Diagnostics, done.Fixed)
		fmt.Fprintf(stderr, "flinklint: fixed %s in %s\n", plural(len(done.Fixed), "finding"), plural(len(done.Files), "file"))
	}
	if res.FailOn != "" && !fs.Changed("fail-on") {
		failRank, _ = failOnRank(res.FailOn)
	}
	if f.writeBaseline != "" {
		if err := baseline.Write(f.writeBaseline, res.Diagnostics); err != nil {
			fmt.Fprintf(stderr, "flinklint: %v\n", err)
			return exitError
		}
		failRank = 1 << 30 // the baseline accepts what it records
	}
	// The report lists a bounded number of findings per file and rule; the
	// exit code and the summary count them all.
	shown, elidedNotes, elided := scan.CapPerFile(res.Diagnostics, f.maxPerFile)
	notes := report.SortedNotifications(append(slices.Clone(res.Notifications), elidedNotes...))
	write := func(w io.Writer) error {
		switch f.format {
		case "sarif":
			return sarif.Write(w, sarif.Input{
				Tool:          sarif.Tool{Name: "flinklint", Version: version, SemanticVersion: semver(version), InformationURI: informationURI},
				Rules:         res.Rules,
				Diagnostics:   shown,
				Notifications: notes,
				Category:      f.category,
				SrcRoot:       res.Root,
			})
		case "json":
			return report.WriteJSON(w, report.JSONInput{ToolVersion: version, Diagnostics: shown, Notifications: notes, Rules: res.Rules, Elided: elided})
		}
		return report.WriteText(w, shown)
	}
	if err := emit(f.output, stdout, write); err != nil {
		fmt.Fprintf(stderr, "flinklint: %v\n", err)
		return exitError
	}
	if f.format == "text" {
		_ = report.WriteNotificationsText(stderr, notes)
		fmt.Fprintln(stderr, summary(res, len(notes), elided, f.maxPerFile))
	}
	for _, d := range res.Diagnostics {
		if d.Level.Rank() >= failRank {
			return exitFindings
		}
	}
	return exitOK
}

// emit writes the report to stdout, or atomically to a file (a temporary
// file in the same directory, renamed into place). A path that exists and is
// not a regular file (/dev/null, a named pipe, /dev/stdout) is written in
// place: renaming over it would replace the device with a file.
func emit(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" {
		return write(stdout)
	}
	if st, err := os.Stat(path); err == nil && !st.Mode().IsRegular() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return fmt.Errorf("cannot write %s: %w", path, err)
		}
		if err := write(f); err != nil {
			f.Close()
			return err
		}
		return f.Close()
	}
	return atomicfile.Write(path, write)
}

// remove drops the fixed findings from ds.
func remove(ds, fixed []analysis.Diagnostic) []analysis.Diagnostic {
	gone := map[string]bool{}
	key := func(d analysis.Diagnostic) string {
		return fmt.Sprintf("%s\x00%s\x00%d\x00%d", d.RuleID, d.Path, d.Pos.Line, d.Pos.Col)
	}
	for _, d := range fixed {
		gone[key(d)] = true
	}
	var out []analysis.Diagnostic
	for _, d := range ds {
		if !gone[key(d)] {
			out = append(out, d)
		}
	}
	return out
}

func summary(res *scan.Result, notes, elided, maxPerFile int) string {
	var e, w, n int
	for _, d := range res.Diagnostics {
		switch d.Level {
		case analysis.LevelError:
			e++
		case analysis.LevelWarning:
			w++
		case analysis.LevelNote:
			n++
		}
	}
	s := fmt.Sprintf("flinklint: %s (%s, %s, %s) in %s, %s",
		plural(len(res.Diagnostics), "finding"), plural(e, "error"), plural(w, "warning"), plural(n, "note"),
		plural(res.Jobs, "job"), plural(res.JavaRead, "Java file"))
	if res.JavaFiles != res.JavaRead {
		s += fmt.Sprintf(" (%d parsed, the rest cannot affect a Flink job)", res.JavaFiles)
	}
	if res.Baselined > 0 {
		s += fmt.Sprintf("; %d more in the baseline", res.Baselined)
	}
	if elided > 0 {
		s += fmt.Sprintf("; %d not listed (at most %d of a rule per file: --max-per-file)", elided, maxPerFile)
	}
	if notes > 0 {
		s += "; " + plural(notes, "notification") + " above"
	}
	return s
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

func failOnRank(s string) (int, bool) {
	if strings.EqualFold(s, "none") {
		return 1 << 30, true
	}
	l := analysis.Level(strings.ToLower(s))
	if r := l.Rank(); r > 0 {
		return r, true
	}
	return 0, false
}

// versionRange names the supported versions for help texts: "1.15 ... 2.3".
func versionRange() string {
	vs := config.Versions()
	return vs[0] + " ... " + vs[len(vs)-1]
}

// semver turns "0.1.0-dev" into a SemVer 2.0 string (it already is one).
func semver(v string) string { return strings.TrimPrefix(v, "v") }

func runRules(args []string, stdout, stderr io.Writer) int {
	fs := pflag.NewFlagSet("flinklint rules", pflag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.StringP("format", "f", "text", "output format: text or json")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, pflag.ErrHelp) {
			return exitOK
		}
		return exitError
	}
	switch *format {
	case "text":
		tw := tabwriter.NewWriter(stdout, 0, 8, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tNAME\tLEVEL\tDEFAULT\tTITLE")
		for _, r := range rules.All {
			def := "on"
			if !r.Default {
				def = "off"
			}
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", r.ID, r.Name, r.Level, def, r.Title)
		}
		tw.Flush()
	case "json":
		type ruleJSON struct {
			ID      string   `json:"id"`
			Name    string   `json:"name"`
			Title   string   `json:"title"`
			Summary string   `json:"summary"`
			Level   string   `json:"level"`
			Enabled bool     `json:"enabledByDefault"`
			Tags    []string `json:"tags"`
			HelpURI string   `json:"helpUri"`
		}
		out := []ruleJSON{}
		for _, r := range rules.All {
			out = append(out, ruleJSON{r.ID, r.Name, r.Title, r.Summary, string(r.Level), r.Default, r.Tags, r.DocURL})
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(out); err != nil {
			return exitError
		}
	default:
		fmt.Fprintf(stderr, "flinklint: --format must be text or json, not %q\n", *format)
		return exitError
	}
	return exitOK
}

func runExplain(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "Usage: flinklint explain RULE")
		return exitError
	}
	r := rules.Lookup(args[0])
	if r == nil {
		fmt.Fprintf(stderr, "flinklint: unknown rule %q (see `flinklint rules`)\n", args[0])
		return exitError
	}
	def := "enabled by default"
	if !r.Default {
		def = "disabled by default"
	}
	fmt.Fprintf(stdout, "# %s %s: %s\n\nLevel: %s, %s.\n\n%s\n", r.ID, r.Name, r.Title, r.Level, def, sarif.HelpMarkdown(r))
	return exitOK
}
