package rules

// Flame graphs sample the thread stacks of every subtask of an operator on
// request from the web UI. On a busy production TaskManager the sampling
// costs CPU, and anyone who reaches the REST endpoint can look inside the
// job's code paths; the feature is meant for short debugging sessions.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/config"
)

// FlamegraphEnabled is OBS004.
var FlamegraphEnabled = &analysis.Rule{
	ID:      "OBS004",
	Name:    "flamegraph-enabled",
	Title:   "Flame graphs or profiler enabled",
	Summary: "rest.flamegraph.enabled (or the 1.19+ profiler switch rest.profiling.enabled) is true in a cluster configuration.",
	Help: `rest.flamegraph.enabled turns on the flame graphs of the web UI (an experimental feature, off by
default): when someone opens one, the JobManager has the TaskManagers sample the stack traces of every
subtask of the operator, repeatedly. Flink 1.19 added rest.profiling.enabled, which lets the web UI
run async-profiler inside the JobManager and TaskManager JVMs. Both cost CPU on the machines that run
the job, and both expose the job's internals to everyone who can reach the REST endpoint, which has no
authentication of its own.

Enable them for a debugging session on a test cluster, or briefly and deliberately in production,
but do not leave them on in the committed configuration.

Fix: remove the key or set it to false.`,
	Bad: `rest.flamegraph.enabled: true
`,
	Good: `rest.flamegraph.enabled: false
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelWarning,
	Default:     true,
	Tags:        []string{"flink", "observability", "performance", "security"},
	Precision:   "very-high",
	DocURL:      docBase + "ops/debugging/flame_graphs/",
	Run: func(p *analysis.Pass) {
		for s := range hygSources(p) {
			for _, e := range s.entries {
				var what string
				switch config.Canonical(e.Key) {
				case "rest.flamegraph.enabled":
					what = "flame graphs sample the stacks of every subtask from the web UI"
				case "rest.profiling.enabled":
					what = "the web UI can run async-profiler inside the JobManager and TaskManager JVMs"
				default:
					continue
				}
				if !strings.EqualFold(strings.TrimSpace(e.Value), "true") {
					continue
				}
				p.Report(analysis.Diagnostic{Location: s.at(hygValuePos(e)), Message: fmt.Sprintf(
					"%s is true in %s: %s, which costs CPU on a production cluster and exposes the job's internals over REST; turn it on only while debugging",
					e.Key, s.where(), what)})
			}
		}
	},
}
