package rules

// Flink deletes a job's checkpoints when the job is cancelled unless
// retention is RETAIN_ON_CANCELLATION (the default since 1.15 is
// NO_EXTERNALIZED_CHECKPOINTS): after a cancel, or an upgrade done as cancel
// and resubmit, there is no checkpoint left to restore from.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// CheckpointsNotRetained is RET001.
var CheckpointsNotRetained = &analysis.Rule{
	ID:      "RET001",
	Name:    "checkpoints-not-retained",
	Title:   "Checkpoints deleted on cancellation",
	Summary: "Checkpointing is on and externalized-checkpoint retention is unset, NO_EXTERNALIZED_CHECKPOINTS or DELETE_ON_CANCELLATION, so a cancelled job leaves no checkpoint to restore from.",
	Help: `execution.checkpointing.externalized-checkpoint-retention decides what happens to the latest
checkpoint when the job is cancelled. The default, NO_EXTERNALIZED_CHECKPOINTS, and
DELETE_ON_CANCELLATION both delete it: cancel the job by mistake, or cancel and resubmit it during an
upgrade without taking a savepoint, and its state is gone.

flinklint looks at setExternalizedCheckpointCleanup, enableExternalizedCheckpoints,
setExternalizedCheckpointRetention, the key on a Configuration, and the module's config files.

Fix: set RETAIN_ON_CANCELLATION (and clean up old retained checkpoints with a retention policy on
the bucket).`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Retained {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Retained {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "checkpointing", "reliability"},
	Precision: "high",
	DocURL:    docBase + "ops/state/checkpoints/#retained-checkpoints",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() || !eff.CheckpointingOn() {
				return
			}
			v, ok := eff.Get(jobgraph.KeyRetention)
			if !ok {
				p.Report(jobDiag(j, fmt.Sprintf("checkpointing is on but externalized-checkpoint retention is not set (looked in %s); the default NO_EXTERNALIZED_CHECKPOINTS deletes checkpoints when the job is cancelled", eff.Looked())))
				return
			}
			if !v.Known {
				return
			}
			switch strings.ToUpper(strings.TrimSpace(v.Value)) {
			case "NO_EXTERNALIZED_CHECKPOINTS", "DELETE_ON_CANCELLATION":
				p.Report(atSetting(j, v, fmt.Sprintf("checkpoint retention %s deletes checkpoints when the job is cancelled; use RETAIN_ON_CANCELLATION", strings.ToUpper(strings.TrimSpace(v.Value)))))
			}
		})
	},
}
