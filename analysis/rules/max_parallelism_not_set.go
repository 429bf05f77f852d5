package rules

// Max parallelism is the number of key groups keyed state is split into.
// It is fixed when the job first starts (128 for parallelism <= 128) and
// cannot change without discarding state, so a job that later needs to
// scale beyond it must start from scratch.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// MaxParallelismNotSet is PAR001.
var MaxParallelismNotSet = &analysis.Rule{
	ID:      "PAR001",
	Name:    "max-parallelism-not-set",
	Title:   "Max parallelism not set",
	Summary: "A job with stateful operators sets no max parallelism, so Flink derives one at first start that can never be raised without losing state.",
	Help: `Max parallelism bounds how far a stateful job can ever be rescaled: keyed state is partitioned into
that many key groups when the job first starts. If it is not set, Flink derives it from the
parallelism of the first run (128 for a parallelism up to 128), and changing it later makes every
savepoint incompatible.

flinklint looks for env.setMaxParallelism, env.getConfig().setMaxParallelism,
pipeline.max-parallelism on a Configuration passed to the environment, and the
pipeline.max-parallelism key in the Flink config files of the job's module and in --flink-config.

Fix: set it once, deliberately, to the largest parallelism the job may ever need (a value with many
divisors such as 720 or a power of two), and never change it.`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Counts {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("localhost", 9999).keyBy(s -> s).reduce((a, b) -> a + b).uid("counts").print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Counts {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setMaxParallelism(720);
        env.socketTextStream("localhost", 9999).keyBy(s -> s).reduce((a, b) -> a + b).uid("counts").print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "state", "scalability"},
	Precision: "high",
	DocURL:    docBase + "ops/production_ready/#set-an-explicit-max-parallelism",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			o := firstStateful(j)
			if o == nil || eff.IsBatch() {
				return
			}
			if _, ok := eff.Get(jobgraph.KeyMaxParallelism); ok {
				return
			}
			d := jobDiag(j, fmt.Sprintf("job has stateful operators but sets no max parallelism (looked in %s); it will be fixed at the first start and can never be raised without losing state", eff.Looked()))
			d.Related = statefulRelated(o)
			p.Report(d)
		})
	},
}
