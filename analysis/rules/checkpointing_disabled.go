package rules

// Without checkpointing, a failure restarts a streaming job from nothing:
// its state is lost, and sources rewind to their configured start offsets
// (or skip data), and transactional sinks never commit.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// CheckpointingDisabled is CKPT001.
var CheckpointingDisabled = &analysis.Rule{
	ID:      "CKPT001",
	Name:    "checkpointing-disabled",
	Title:   "Checkpointing not enabled",
	Summary: "A streaming job with stateful operators sets no checkpoint interval, so its state is lost on any failure.",
	Help: `Checkpointing is off unless a checkpoint interval is set. A streaming job with state then loses all
of it on the first failure, exactly-once sinks (KafkaSink, FileSink) never commit, and savepoints
are the only way to keep state across restarts.

flinklint looks for env.enableCheckpointing(...), CheckpointConfig.setCheckpointInterval, the
execution.checkpointing.interval key on a Configuration passed to the environment, and the same
key in the module's Flink config files and in --flink-config. Batch jobs are not checked.

Fix: enable checkpointing with an interval that matches your recovery-time objective, for instance
env.enableCheckpointing(60_000), or execution.checkpointing.interval: 60s in the config.`,
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
        env.enableCheckpointing(60_000);
        env.socketTextStream("localhost", 9999).keyBy(s -> s).reduce((a, b) -> a + b).uid("counts").print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "checkpointing", "reliability"},
	Precision: "high",
	DocURL:    docBase + "dev/datastream/fault-tolerance/checkpointing/#enabling-and-configuring-checkpointing",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			o := firstStateful(j)
			if o == nil || eff.IsBatch() {
				return
			}
			if v, ok := eff.Get(jobgraph.KeyInterval); ok {
				if eff.CheckpointingOn() {
					return
				}
				d := atSetting(j, v, fmt.Sprintf("checkpoint interval %q disables checkpointing in a streaming job with stateful operators; state is lost on failure", v.Value))
				d.Related = statefulRelated(o)
				p.Report(d)
				return
			}
			d := jobDiag(j, fmt.Sprintf("streaming job with stateful operators sets no checkpoint interval (looked in %s); its state is lost on any failure", eff.Looked()))
			d.Related = statefulRelated(o)
			p.Report(d)
		})
	},
}
