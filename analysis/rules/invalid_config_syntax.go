package rules

// Since Flink 1.19 config.yaml is parsed as standard YAML, and a file that
// does not parse stops the JobManager and TaskManagers from starting
// (containers crash-loop). flink-conf.yaml never fails: its line parser
// skips what it cannot read, and the settings on those lines silently do not
// exist. A manifest that does not parse is refused by kubectl.

import (
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/parser"
)

// InvalidConfigSyntax is CFG008.
var InvalidConfigSyntax = &analysis.Rule{
	ID:      "CFG008",
	Name:    "invalid-config-syntax",
	Title:   "Config file or manifest that does not parse",
	Summary: "A config.yaml or manifest that is not valid YAML (Flink or kubectl refuses it), or a flink-conf.yaml line that Flink's line parser skips.",
	Help: `- **config.yaml** (Flink 1.19+) is read as standard YAML: a syntax error, a second document, or a top
  level that is not a mapping makes Flink refuse the file, and the cluster does not start.
- **flink-conf.yaml** is read line by line and each line is split at the first ": " (a colon and a
  space). Lines without it (key:value), with an empty key or an empty value are skipped with a
  warning in the log, so the setting is lost.
- **Kubernetes manifests** that are not valid YAML are refused by kubectl and the operator.
- Encoding problems are reported too: invalid UTF-8 or a NUL byte, which Flink's YAML loader refuses,
  and a byte order mark at the start of flink-conf.yaml, which the line parser reads as part of the
  first key (at level warning where Flink reads on).

The finding sits on the line the parser complains about. When this rule is disabled, files that do not
parse are still reported as tool notifications.

Fix: correct the YAML at the reported line; in flink-conf.yaml write key: value with a space after
the colon.`,
	Bad: `execution.checkpointing.interval: 60 s
execution.checkpointing.dir: "s3://flink/checkpoints
state.backend.type: rocksdb
`,
	Good: `execution.checkpointing.interval: 60 s
execution.checkpointing.dir: "s3://flink/checkpoints"
state.backend.type: rocksdb
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "configuration"},
	Precision:   "very-high",
	DocURL:      docBase + "deployment/config/#flink-configuration-file",
	Run: func(p *analysis.Pass) {
		for cf := range p.ConfigFiles() {
			legacy := cf.Format == config.Legacy
			for _, pr := range cf.Problems {
				d := analysis.Diagnostic{Location: parser.Location{Path: cf.Path, Pos: pr.Pos}, Message: pr.Message}
				switch pr.Kind {
				case config.ProblemSyntax:
					if strings.HasPrefix(pr.Message, "invalid YAML") {
						d.Message += ": Flink refuses to load the file"
					}
				case config.ProblemIgnoredLine:
					if !legacy {
						continue
					}
					d.Message = "Flink ignores this line: " + pr.Message
				case config.ProblemEncoding:
					if legacy && !strings.Contains(pr.Message, "byte order mark") {
						d.Level = analysis.LevelWarning // Flink reads on
					}
				default:
					continue
				}
				p.Report(d)
			}
		}
		for fp := range p.ManifestProblems() {
			if fp.Kind != config.ProblemSyntax && fp.Kind != config.ProblemEncoding {
				continue
			}
			msg := fp.Message
			if strings.HasPrefix(msg, "invalid YAML") {
				msg += ": kubectl and the Flink Kubernetes operator refuse the manifest"
			}
			p.Report(analysis.Diagnostic{Location: fp.Location, Message: msg})
		}
	},
}
