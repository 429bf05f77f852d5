package rules

// Flink ignores configuration keys it does not know, without a warning. A
// typo such as execution.checkpointing.intervall leaves checkpointing off,
// and the job runs for weeks without a checkpoint before anyone notices.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

// UnknownConfigKey is CFG006.
var UnknownConfigKey = &analysis.Rule{
	ID:      "CFG006",
	Name:    "unknown-config-key",
	Title:   "Unknown config key",
	Summary: "A config key that no Flink version (nor the Flink Kubernetes operator) knows, with \"did you mean\" when a known key is one typo away.",
	Help: `Flink reads the options it knows and ignores every other key silently, so a misspelt key is a
setting that does not exist: execution.checkpointing.intervall leaves checkpointing off,
taskmanager.memory.proces.size leaves the TaskManager at its default size.

flinklint knows every key of each Flink version it supports, those --flink-version accepts
(documented and undocumented options, deprecated and fallback keys, templated keys such as
metrics.reporter.<name>.port and open families such as containerized.master.env.*, s3.* or
pipeline.global-job-parameters.*), and those of the Flink Kubernetes operator (kubernetes.operator.*, job.autoscaler.*). A key none of them knows is reported in
config files, in spec.flinkConfiguration, and in Configuration.setString("...") calls. When a known
key is one edit away (a character inserted, deleted, replaced, or two swapped) the message suggests
it, preferring keys of the target version.

A config.yaml in which no key at all is a Flink key is taken for another tool's file and skipped.
Keys that a connector, a plugin or the job itself reads from the Flink configuration are not Flink
options: suppress the finding for them (# flinklint:ignore CFG006 -- read by our job).

Fix: correct the key's spelling.`,
	Bad: `execution.checkpointing.intervall: 30 s
execution.checkpointing.dir: s3://flink/checkpoints
`,
	Good: `execution.checkpointing.interval: 30 s
execution.checkpointing.dir: s3://flink/checkpoints
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "configuration"},
	Precision:   "high",
	DocURL:      docBase + "deployment/config/",
	Run: func(p *analysis.Pass) {
		for s := range hygSources(p) {
			for _, e := range s.entries {
				if !config.Known(e.Key) {
					p.Report(analysis.Diagnostic{Location: s.at(e.KeyPos), Message: hygUnknownMessage(e.Key, "in "+s.where(), s.version)})
				}
			}
		}
		for cs := range hygCodeSettings(p) {
			if !config.Known(cs.Key) {
				p.Report(analysis.Diagnostic{Location: cs.Loc, Job: cs.job.ID,
					Message: hygUnknownMessage(cs.Key, "set with Configuration."+cs.setter, cs.version)})
			}
		}
	},
}

func hygUnknownMessage(key, where string, ver analysis.Version) string {
	msg := fmt.Sprintf("key %q %s is not a Flink configuration key, so Flink ignores it", key, where)
	s := hygSuggest(key, ver)
	if s == "" {
		return msg + "; check its spelling"
	}
	if c := config.Canonical(s); c != s {
		return fmt.Sprintf("%s; did you mean %s (now %s)?", msg, s, c)
	}
	return fmt.Sprintf("%s; did you mean %s?", msg, s)
}
