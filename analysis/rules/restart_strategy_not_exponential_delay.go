package rules

// fixed-delay and failure-rate restart at a constant pace and give up once
// their failure budget is spent (one attempt, by default, when configured
// through the config keys): a dependency that is down for a few minutes
// either gets hammered or fails the job for good. exponential-delay backs
// off, keeps trying, and resets after a stable period.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// RestartStrategyNotExponentialDelay is RST002.
var RestartStrategyNotExponentialDelay = &analysis.Rule{
	ID:      "RST002",
	Name:    "restart-strategy-not-exponential-delay",
	Title:   "Restart strategy is not exponential-delay",
	Summary: "An explicit fixed-delay or failure-rate restart strategy is configured; exponential-delay handles both short blips and long outages better.",
	Help: `fixed-delay restarts after the same delay every time and fails the job after a fixed number of
attempts (restart-strategy.fixed-delay.attempts defaults to 1); failure-rate fails it after too
many failures in an interval (1 per minute by default). During a longer outage of Kafka, a database
or the object store, they either hammer the dependency or exhaust their budget and fail the job
permanently, and someone has to resubmit it.

exponential-delay starts with a short delay, doubles it (up to max-backoff) while failures
continue, and resets after a stable period; since Flink 1.19 it is the default when checkpointing is
on, and it retries indefinitely unless attempts-before-reset-backoff is limited.

flinklint reports explicit fixed-delay/fixeddelay and failure-rate/failurerate strategies, from
config keys (restart-strategy.type, restart-strategy before 1.17) and from code
(RestartStrategies.fixedDelayRestart, failureRateRestart), in each job's effective settings and in
config files and manifests no scanned job uses.

Fix: restart-strategy.type: exponential-delay, with
restart-strategy.exponential-delay.initial-backoff and max-backoff to taste.`,
	Bad: `restart-strategy.type: fixed-delay
restart-strategy.fixed-delay.attempts: 3
restart-strategy.fixed-delay.delay: 10s
`,
	Good: `restart-strategy.type: exponential-delay
restart-strategy.exponential-delay.initial-backoff: 1s
restart-strategy.exponential-delay.max-backoff: 1min
`,
	ExampleLang: "yaml",
	ExampleFile: "config.yaml",
	Level:       analysis.LevelNote,
	Default:     true,
	Tags:        []string{"flink", "reliability"},
	Precision:   "very-high",
	DocURL:      docBase + "ops/state/task_failure_recovery/#exponential-delay-restart-strategy",
	Run: func(p *analysis.Pass) {
		const why = "it restarts at a constant pace and gives up once its failure budget is spent; use exponential-delay, which backs off during long outages and resets after stable periods"
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			v, ok := eff.Get(jobgraph.KeyRestartStrategy)
			if !ok || !v.Known {
				return
			}
			if name, ok := fixedPace(v.Value); ok {
				p.Report(atSetting(j, v, fmt.Sprintf("restart strategy %s (%s): %s", name, v.Origin, why)))
			}
		})
		for s := range unassociated(p) {
			h, ok := s.view.set(jobgraph.KeyRestartStrategy)
			if !ok || h.Layer != 0 {
				continue
			}
			if name, ok := fixedPace(h.Value); ok {
				p.Report(analysis.Diagnostic{Location: h.loc(), Message: fmt.Sprintf("%s sets restart strategy %s: %s", s.what, name, why)})
			}
		}
	},
}

// fixedPace recognizes the fixed-delay and failure-rate strategy names.
func fixedPace(value string) (string, bool) {
	switch v := strings.ToLower(strings.TrimSpace(value)); v {
	case "fixed-delay", "fixeddelay", "failure-rate", "failurerate":
		return v, true
	}
	return "", false
}
