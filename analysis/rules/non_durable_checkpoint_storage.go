package rules

// With checkpointing on and no checkpoint directory, Flink keeps
// checkpoints in the JobManager's memory: they are small-state only and
// disappear with the JobManager. A file:// or relative directory is local to
// one machine and gone when the pod or host is replaced.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// NonDurableCheckpointStorage is CKPT002.
var NonDurableCheckpointStorage = &analysis.Rule{
	ID:      "CKPT002",
	Name:    "non-durable-checkpoint-storage",
	Title:   "Checkpoints not stored durably",
	Summary: "Checkpointing is on but checkpoints go to JobManager memory (no checkpoint directory, or storage 'jobmanager') or to a local file:// or relative directory.",
	Help: `When checkpointing is enabled and no checkpoint directory is configured, Flink falls back to
JobManagerCheckpointStorage: checkpoints live in the JobManager's heap, are limited in size, and
vanish when the JobManager restarts, so there is nothing to recover from. A file:// or relative
directory is just as fragile unless every node mounts the same durable volume there.

flinklint looks at execution.checkpointing.dir (state.checkpoints.dir before 1.20),
execution.checkpointing.storage, CheckpointConfig.setCheckpointStorage and legacy state backends
constructed with a directory, in code, the module's config files and --flink-config.

Fix: point execution.checkpointing.dir at durable shared storage (s3://, hdfs://, gs://, abfs://).`,
	Bad: `package com.example;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Counts {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().setCheckpointStorage("file:///tmp/checkpoints");
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
        env.getCheckpointConfig().setCheckpointStorage("s3://flink-state/checkpoints");
        env.socketTextStream("localhost", 9999).keyBy(s -> s).reduce((a, b) -> a + b).uid("counts").print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "checkpointing", "reliability"},
	Precision: "high",
	DocURL:    docBase + "ops/state/checkpoints/#checkpoint-storage",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() || !eff.CheckpointingOn() {
				return
			}
			store, hasStore := eff.Get(jobgraph.KeyCheckpointStore)
			if hasStore && store.Known && strings.EqualFold(strings.TrimSpace(store.Value), "jobmanager") {
				p.Report(atSetting(j, store, "checkpoint storage \"jobmanager\" keeps checkpoints in JobManager memory; they are lost when the JobManager restarts"))
				return
			}
			dir, hasDir := eff.Get(jobgraph.KeyCheckpointDir)
			if !hasDir {
				if hasStore && !store.Known {
					return // storage set from an expression: assume it is deliberate
				}
				p.Report(jobDiag(j, fmt.Sprintf("checkpointing is on but no checkpoint directory is set (looked in %s); checkpoints go to JobManager memory and are lost when it restarts", eff.Looked())))
				return
			}
			if !dir.Known {
				return
			}
			if why := localDir(dir.Value); why != "" {
				p.Report(atSetting(j, dir, fmt.Sprintf("checkpoint directory %q is %s; checkpoints are lost when the machine or pod is replaced", dir.Value, why)))
			}
		})
	},
}

// localDir says why a checkpoint directory is not durable, or "".
func localDir(dir string) string {
	d := strings.TrimSpace(dir)
	switch {
	case d == "":
		return "empty"
	case strings.HasPrefix(strings.ToLower(d), "file:"):
		return "on the local file system"
	case !strings.Contains(d, "://") && !strings.HasPrefix(d, "/"):
		return "a relative path"
	}
	return ""
}
