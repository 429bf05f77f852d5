package rules

// flink-conf.yaml looks like YAML but is not read as YAML: Flink's legacy
// parser takes it line by line and splits each line at the first ": ".
// Indented lines lose their parent (an indented "type: kubernetes" under
// "high-availability:" sets a top-level key "type"), and the parent line,
// which has no value, is dropped: the setting silently does not exist.

import (
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
	"github.com/flinklint/flinklint/parser"
)

// NestedYAMLInLegacyConfig is CFG002.
var NestedYAMLInLegacyConfig = &analysis.Rule{
	ID:      "CFG002",
	Name:    "nested-yaml-in-legacy-config",
	Title:   "Nested YAML in flink-conf.yaml",
	Summary: "flink-conf.yaml uses nested YAML, which Flink's legacy line parser does not understand: the nested settings are lost.",
	Help: `Up to Flink 1.20, flink-conf.yaml is read by a line parser, not by a YAML parser: every line is
trimmed and split at the first ": ". Nesting is not understood. In

    high-availability:
      type: kubernetes
      storageDir: s3://flink/ha

the first line has no value and is skipped, and the indented lines set the top-level keys "type" and
"storageDir", which no Flink option reads: high availability stays off and nothing in the logs says
why. Lists written as YAML sequences are lost the same way.

Only config.yaml (Flink 1.19 and later) is read as standard YAML, where nesting is allowed.

Fix: write each key flat on one line (high-availability.type: kubernetes) and lists as
semicolon-separated values, or move to config.yaml on Flink 1.19+.`,
	Bad: `high-availability:
  type: kubernetes
  storageDir: s3://flink/ha
`,
	Good: `high-availability.type: kubernetes
high-availability.storageDir: s3://flink/ha
`,
	ExampleLang: "yaml",
	ExampleFile: "flink-conf.yaml",
	Level:       analysis.LevelError,
	Default:     true,
	Tags:        []string{"flink", "configuration"},
	Precision:   "very-high",
	DocURL:      docBase + "deployment/config/#flink-configuration-file",
	Run: func(p *analysis.Pass) {
		for cf := range p.ConfigFiles() {
			if cf.Format != config.Legacy {
				continue
			}
			for _, pr := range cf.Problems {
				if pr.Kind != config.ProblemNested {
					continue
				}
				msg := pr.Message
				if !strings.Contains(msg, "write ") {
					msg += "; write each key flat on one line"
				}
				p.Report(analysis.Diagnostic{Location: parser.Location{Path: cf.Path, Pos: pr.Pos}, Message: msg})
			}
		}
	},
}
