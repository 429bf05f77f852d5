package analysis

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
