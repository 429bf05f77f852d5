package rules

// Transactional sinks make their output visible only when a checkpoint
// completes: Kafka commits the transaction, FileSink renames pending files
// to finished ones, a two-phase-commit sink commits. A streaming job that
// never checkpoints never commits anything.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// TransactionalSinkWithoutCheckpointing is SINK003.
var TransactionalSinkWithoutCheckpointing = &analysis.Rule{
	ID:      "SINK003",
	Name:    "transactional-sink-without-checkpointing",
	Title:   "Transactional sink in a job that never checkpoints",
	Summary: "A streaming job without checkpointing writes to a sink that commits only on checkpoints (exactly-once Kafka, FileSink, StreamingFileSink, a two-phase-commit sink), so its output is never committed.",
	Help: `Some sinks make their output visible only when a checkpoint completes:

- an exactly-once KafkaSink or FlinkKafkaProducer commits its Kafka transaction; read_committed
  consumers see nothing before that, and the transaction is eventually aborted by the broker;
- FileSink and StreamingFileSink roll in-progress files to pending and commit them to finished
  files on checkpoints; without checkpoints every file stays in-progress or pending (hidden
  .part files) and downstream readers never see data;
- a project sink extending TwoPhaseCommitSinkFunction, or a Sink V2 with a committer
  (SupportsCommitter, TwoPhaseCommittingSink), commits on checkpoints.

In a streaming job that never enables checkpointing none of them ever commits. flinklint looks for
the checkpoint interval in code, the module's config files, --flink-config files and manifests
(the Kubernetes operator's defaults included); batch jobs commit at the end and are skipped.

Fix: enable checkpointing (env.enableCheckpointing(60_000) or execution.checkpointing.interval),
or use an at-least-once delivery guarantee if that is what the job needs.`,
	Bad: `package com.example;

import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Archive {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        FileSink<String> sink = FileSink
            .forRowFormat(new Path("s3://archive/events"), new SimpleStringEncoder<String>())
            .build();
        env.socketTextStream("localhost", 9999).sinkTo(sink).uid("archive-sink");
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Archive {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        FileSink<String> sink = FileSink
            .forRowFormat(new Path("s3://archive/events"), new SimpleStringEncoder<String>())
            .build();
        env.socketTextStream("localhost", 9999).sinkTo(sink).uid("archive-sink");
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "checkpointing", "exactly-once", "reliability"},
	Precision: "high",
	DocURL:    docBase + "connectors/datastream/filesystem/#file-sink",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() || eff.CheckpointingOn() {
				return
			}
			for _, o := range j.Operators {
				f := o.Sink
				if f == nil || !(f.Commits || exactlyOnceKafka(f)) {
					continue
				}
				what := "files stay in-progress or pending and readers never see them"
				if exactlyOnceKafka(f) {
					what = "its Kafka transactions are never committed, so read_committed consumers see nothing"
				} else if f.Connector != "FileSink" && f.Connector != "StreamingFileSink" {
					what = "it never commits"
				}
				d := opDiag(j, o, fmt.Sprintf("%s commits its output only when a checkpoint completes, but the job never checkpoints (no checkpoint interval; looked in %s): %s; enable checkpointing",
					f.Connector, eff.Looked(), what))
				d.Related = []analysis.Related{{Location: j.Env, Message: "the job's StreamExecutionEnvironment is obtained here"}}
				p.Report(d)
			}
		})
	},
}
