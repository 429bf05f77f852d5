package rules

// With no minimum pause, a checkpoint that takes longer than the interval
// is followed immediately by the next one: the job spends its time
// checkpointing and makes little progress under backpressure.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// CheckpointMinPauseNotSet is CKPT003.
var CheckpointMinPauseNotSet = &analysis.Rule{
	ID:      "CKPT003",
	Name:    "checkpoint-min-pause-not-set",
	Title:   "No minimum pause between checkpoints",
	Summary: "Checkpointing is on without a minimum pause, so slow checkpoints run back to back and starve processing.",
	Help: `execution.checkpointing.min-pause (CheckpointConfig.setMinPauseBetweenCheckpoints) guarantees the job
some time to process records between two checkpoints. Without it, a checkpoint that takes longer
than the interval (large state, backpressure) is followed by the next one at once, and the job
spends most of its time checkpointing.

Fix: set a minimum pause, often half the checkpoint interval.`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Paced {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Paced {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().setMinPauseBetweenCheckpoints(30_000);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelNote,
	Default:   true,
	Tags:      []string{"flink", "checkpointing", "performance"},
	Precision: "high",
	DocURL:    docBase + "ops/state/large_state_tuning/#tuning-checkpointing",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() || !eff.CheckpointingOn() {
				return
			}
			v, ok := eff.Get(jobgraph.KeyMinPause)
			if !ok {
				p.Report(jobDiag(j, fmt.Sprintf("checkpointing is on but no minimum pause between checkpoints is set (looked in %s); slow checkpoints will run back to back", eff.Looked())))
				return
			}
			if v.Known && isZero(v.Value) {
				p.Report(atSetting(j, v, "minimum pause between checkpoints is 0; slow checkpoints will run back to back"))
			}
		})
	},
}
