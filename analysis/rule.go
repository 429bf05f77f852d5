package analysis

import (
	"github.com/flinklint/flinklint/analysis/alerts"
	"iter"

	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/parser"
)

// Rule is one check: its identity and documentation (which feed `flinklint
// rules`, `flinklint explain`, the SARIF rule metadata and the README) and
// the function that runs it over a scanned program.
type Rule struct {
	ID    string // stable, never reused: "UID001"
	Name  string // kebab-case: "stateful-operator-without-uid"
	Title string // short, no period: "Stateful operator without uid"
	// Summary is one sentence (SARIF fullDescription, `flinklint rules`).
	Summary string
	// Help is markdown: why it matters to Flink, how to fix it.
	Help string
	// Bad and Good are complete examples (a Java file, or a YAML file when
	// ExampleLang is "yaml"); a test scans them: Bad must fire the rule and
	// Good must not.
	Bad, Good   string
	ExampleLang string // "java" (default), "yaml", "properties" or "xml"
	// ExampleFile names the file the examples are scanned as
	// ("flink-conf.yaml", "deployment.yaml", "log4j-console.properties");
	// default Example.java, or config.yaml for YAML examples.
	ExampleFile string
	Level       Level
	Default     bool // enabled unless disabled
	Tags        []string
	Precision   string // SARIF precision: very-high, high, medium, low
	DocURL      string
	// SecuritySeverity is set on security rules only ("7.5").
	SecuritySeverity string
	Run              func(*Pass)
}

// Pass is what a rule sees: the program's shared facts, and a way to report.
type Pass struct {
	Rule    *Rule
	Program *Program
	report  func(Diagnostic)
	at      parser.Location
}

// At records what the rule is examining (a job, a file, a setting), so that
// a failure of the rule is reported there. The iterators below call it for
// each item; a rule rarely needs to.
func (p *Pass) At(loc parser.Location) { p.at = loc }

// Examining is the location last given to At: where the driver reports a
// rule that failed.
func (p *Pass) Examining() parser.Location { return p.at }

// Each ranges over items, recording each one's location (at) as what the
// rule examines.
func Each[T any](p *Pass, items []T, at func(T) parser.Location) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, it := range items {
			p.At(at(it))
			if !yield(it) {
				return
			}
		}
	}
}

// Jobs ranges over the program's jobs (at each one's environment).
func (p *Pass) Jobs() iter.Seq[*jobgraph.Job] {
	return Each(p, p.Program.Graph.Jobs, func(j *jobgraph.Job) parser.Location { return j.Env })
}

// ConfigFiles ranges over the program's Flink config files.
func (p *Pass) ConfigFiles() iter.Seq[*ConfigFile] {
	return Each(p, p.Program.ConfigFiles, func(cf *ConfigFile) parser.Location { return fileStart(cf.Path) })
}

// Manifests ranges over the program's manifests (at each one's kind).
func (p *Pass) Manifests() iter.Seq[*Manifest] {
	return Each(p, p.Program.Manifests, func(m *Manifest) parser.Location { return parser.Location{Path: m.Path, Pos: m.Pos} })
}

// LogConfigs ranges over the program's logging configurations.
func (p *Pass) LogConfigs() iter.Seq[*LogConfig] {
	return Each(p, p.Program.LogConfigs, func(lc *LogConfig) parser.Location { return fileStart(lc.Path) })
}

// Alerts ranges over the program's alerting-rule files.
func (p *Pass) Alerts() iter.Seq[*alerts.File] {
	return Each(p, p.Program.Alerts, func(f *alerts.File) parser.Location { return fileStart(f.Path) })
}

// ManifestProblems ranges over the syntax problems of manifest files.
func (p *Pass) ManifestProblems() iter.Seq[FileProblem] {
	return Each(p, p.Program.ManifestProblems, func(fp FileProblem) parser.Location { return fp.Location })
}

// fileStart is a whole file's location: its first line.
func fileStart(path string) parser.Location {
	return parser.Location{Path: path, Pos: parser.MakePos(1, 1, 1, 1)}
}

// NewPass returns a pass for r over p that hands diagnostics to report.
func NewPass(r *Rule, p *Program, report func(Diagnostic)) *Pass {
	return &Pass{Rule: r, Program: p, report: report}
}

// Report records a finding; RuleID and Level default to the rule's.
func (p *Pass) Report(d Diagnostic) {
	if d.RuleID == "" {
		d.RuleID = p.Rule.ID
	}
	if d.Level == "" {
		d.Level = p.Rule.Level
	}
	p.report(d)
}
