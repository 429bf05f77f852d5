package rules

// FsStateBackend, MemoryStateBackend and RocksDBStateBackend mix the state
// backend with checkpoint storage; they are deprecated since Flink 1.13 and
// removed in 2.0, where the names "jobmanager" and "filesystem" no longer
// load a backend at all.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// LegacyStateBackend is STATE002.
var LegacyStateBackend = &analysis.Rule{
	ID:      "STATE002",
	Name:    "legacy-state-backend",
	Title:   "Legacy state backend",
	Summary: "The job uses FsStateBackend, MemoryStateBackend, RocksDBStateBackend or the backend names jobmanager/filesystem, deprecated since 1.13 and removed in Flink 2.0.",
	Help: `Flink 1.13 split "where state lives while the job runs" (the state backend: HashMapStateBackend or
EmbeddedRocksDBStateBackend) from "where checkpoints are written" (checkpoint storage). The old
classes FsStateBackend, MemoryStateBackend and RocksDBStateBackend, and the backend names jobmanager
and filesystem, are deprecated and were removed in Flink 2.0: a job using them does not start there.

Fix: FsStateBackend → state.backend.type: hashmap plus execution.checkpointing.dir;
MemoryStateBackend → hashmap with JobManager storage (not for production);
RocksDBStateBackend → state.backend.type: rocksdb (EmbeddedRocksDBStateBackend) plus a checkpoint
directory.`,
	Bad: `package com.example;

import org.apache.flink.runtime.state.filesystem.FsStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Old {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setStateBackend(new FsStateBackend("s3://flink-state/checkpoints"));
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Old {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setStateBackend(new HashMapStateBackend());
        env.getCheckpointConfig().setCheckpointStorage("s3://flink-state/checkpoints");
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "state", "upgrade"},
	Precision: "very-high",
	DocURL:    docBase + "ops/state/state_backends/#migrating-from-legacy-backends",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			for _, u := range j.LegacyBackends {
				var msg string
				switch u.Name {
				case "jobmanager", "filesystem":
					msg = fmt.Sprintf("state backend name %q is deprecated since Flink 1.13 and no longer loads in 2.0; use hashmap or rocksdb with a checkpoint directory", u.Name)
				default:
					msg = fmt.Sprintf("%s is deprecated since Flink 1.13 and removed in 2.0; %s", u.Name, legacyReplacement(u.Name))
				}
				p.Report(analysis.Diagnostic{Location: u.Loc, Message: msg, Job: j.ID})
			}
			if v, ok := eff.Get(jobgraph.KeyStateBackend); ok && v.Known && v.Source != settings.FromCode {
				switch name := strings.ToLower(strings.TrimSpace(v.Value)); name {
				case "jobmanager", "filesystem":
					p.Report(atSetting(j, v, fmt.Sprintf("state backend name %q is deprecated since Flink 1.13 and no longer loads in 2.0; use hashmap or rocksdb with a checkpoint directory", name)))
				}
			}
		})
	},
}

func legacyReplacement(class string) string {
	switch class {
	case "FsStateBackend":
		return "use HashMapStateBackend with a checkpoint directory"
	case "MemoryStateBackend":
		return "use HashMapStateBackend (with JobManagerCheckpointStorage only for tests)"
	case "RocksDBStateBackend":
		return "use EmbeddedRocksDBStateBackend with a checkpoint directory"
	}
	return "use HashMapStateBackend or EmbeddedRocksDBStateBackend"
}
