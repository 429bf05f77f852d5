package rules

// With restarts disabled, the first failure of any task (a network blip, a
// lost TaskManager) fails the whole job for good, and someone has to
// resubmit it by hand.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// RestartsDisabled is RST001.
var RestartsDisabled = &analysis.Rule{
	ID:      "RST001",
	Name:    "restarts-disabled",
	Title:   "Restarts disabled",
	Summary: "The restart strategy is none/off/disable or RestartStrategies.noRestart(), so the first task failure fails the job permanently.",
	Help: `A streaming job meets transient failures: a lost TaskManager, a network partition, an external
system that times out. With the restart strategy set to none (RestartStrategies.noRestart(),
restart-strategy.type: none/off/disable), any of them fails the job for good.

Fix: use exponential-delay (the default with checkpointing since 1.19), which backs off between
restarts and resets after a stable period.`,
	Bad: `package com.example;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Fragile {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRestartStrategy(RestartStrategies.noRestart());
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Fragile {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "reliability"},
	Precision: "very-high",
	DocURL:    docBase + "ops/state/task_failure_recovery/#restart-strategies",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			v, ok := eff.Get(jobgraph.KeyRestartStrategy)
			if !ok || !v.Known {
				return
			}
			switch name := strings.ToLower(strings.TrimSpace(v.Value)); name {
			case "none", "off", "disable":
				p.Report(atSetting(j, v, fmt.Sprintf("restart strategy %q (%s) fails the job permanently on the first task failure; use exponential-delay", name, v.Origin)))
			}
		})
	},
}
