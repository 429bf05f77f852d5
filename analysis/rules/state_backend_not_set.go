package rules

// Without an explicit state backend a job runs on whatever the cluster
// default is (hashmap, on the heap, unless the cluster says otherwise): the
// same jar behaves differently per cluster, and a large-state job may run
// out of heap.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// StateBackendNotSet is STATE001.
var StateBackendNotSet = &analysis.Rule{
	ID:      "STATE001",
	Name:    "state-backend-not-set",
	Title:   "State backend not chosen",
	Summary: "A stateful job chooses no state backend anywhere, so it silently gets the cluster's default (hashmap, on the heap).",
	Help: `Flink's production readiness checklist asks you to choose the state backend deliberately:
hashmap keeps state as objects on the JVM heap (fast, bounded by memory), rocksdb keeps it on local
disk (large state, incremental checkpoints). Without a choice the job takes the cluster default,
which differs between environments.

flinklint looks for env.setStateBackend, state.backend.type (state.backend before 1.17) on a
Configuration, in the module's config files and in --flink-config.

Fix: set state.backend.type to hashmap or rocksdb.`,
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

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Counts {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.socketTextStream("localhost", 9999).keyBy(s -> s).reduce((a, b) -> a + b).uid("counts").print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelNote,
	Default:   true,
	Tags:      []string{"flink", "state"},
	Precision: "high",
	DocURL:    docBase + "ops/production_ready/#choose-the-right-state-backend",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			o := firstStateful(j)
			if o == nil || eff.IsBatch() {
				return
			}
			if _, ok := eff.Get(jobgraph.KeyStateBackend); ok {
				return
			}
			d := jobDiag(j, fmt.Sprintf("stateful job chooses no state backend (looked in %s); it gets the cluster default, hashmap on the heap unless configured otherwise", eff.Looked()))
			d.Related = statefulRelated(o)
			p.Report(d)
		})
	},
}
