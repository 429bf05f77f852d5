package rules

// With the full failover strategy, one failed task restarts every task of
// the job: all sources rewind to the last checkpoint and all state is
// restored, where the default region strategy restarts only the tasks
// connected to the failed one.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

// FullFailoverStrategy is RST003.
var FullFailoverStrategy = &analysis.Rule{
	ID:      "RST003",
	Name:    "full-failover-strategy",
	Title:   "Full failover strategy",
	Summary: "jobmanager.execution.failover-strategy is full: every task failure restarts the whole job instead of the failed pipelined region.",
	Help: `jobmanager.execution.failover-strategy decides which tasks restart after a task fails. region (the
default since Flink 1.10) restarts the failed task's pipelined region: the tasks connected to it
through pipelined exchanges, and nothing else. full restarts every task of the job: all sources rewind
to the last checkpoint and every operator restores its state, so one bad TaskManager stalls the whole
pipeline and recovery takes as long as restoring all the state.

For a job whose operators are all connected (a keyBy joins everything) both strategies restart the
same tasks; the setting matters for jobs with independent pipelines and for batch jobs.

Fix: remove the key, or set it to region.`,
	Bad: `jobmanager.execution.failover-strategy: full
`,
	Good: `jobmanager.execution.failover-strategy: region
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelNote,
	Default:     true,
	Tags:        []string{"flink", "reliability"},
	Precision:   "very-high",
	DocURL:      docBase + "ops/state/task_failure_recovery/#failover-strategies",
	Run: func(p *analysis.Pass) {
		for s := range hygSources(p) {
			for _, e := range s.entries {
				if config.Canonical(e.Key) != "jobmanager.execution.failover-strategy" || !strings.EqualFold(strings.TrimSpace(hygUnquote(e.Value)), "full") {
					continue
				}
				p.Report(analysis.Diagnostic{Location: s.at(hygValuePos(e)), Message: fmt.Sprintf(
					"failover strategy full in %s restarts every task of the job when one task fails; use region (the default), which restarts only the failed pipelined region",
					s.where())})
			}
		}
	},
}
