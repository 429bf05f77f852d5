package rules

// With CheckpointingMode.AT_LEAST_ONCE, barriers are not aligned: a
// checkpoint may include the effect of records that arrived after its
// barrier, which are then replayed after a recovery. An exactly-once sink
// commits what the checkpoint covers, so the replayed records are written
// twice: the sink's guarantee silently degrades to at-least-once.

import (
	"fmt"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// AtLeastOnceCheckpointingWithExactlyOnceSink is CKPT004.
var AtLeastOnceCheckpointingWithExactlyOnceSink = &analysis.Rule{
	ID:      "CKPT004",
	Name:    "at-least-once-checkpointing-with-exactly-once-sink",
	Title:   "At-least-once checkpointing with an exactly-once sink",
	Summary: "Checkpointing mode is AT_LEAST_ONCE in a job whose sink is configured for exactly-once delivery (exactly-once Kafka, a file sink, a two-phase-commit sink), so the sink's guarantee silently degrades to at-least-once.",
	Help: `Exactly-once end to end needs exactly-once checkpoints. With CheckpointingMode.AT_LEAST_ONCE (or
execution.checkpointing.mode: AT_LEAST_ONCE) operators with several inputs do not align
barriers: a checkpoint's state may already include records that arrived after its barrier, and
after a failure those records are replayed. A transactional sink commits exactly what each
checkpoint covers, so the replayed records are committed a second time: the job delivers at least
once although the sink is configured for exactly once, and nothing says so.

flinklint reads the mode from code (enableCheckpointing(interval, mode),
CheckpointConfig.setCheckpointingMode, Configuration objects), config files and manifests, and
the sinks from the job's code: an exactly-once KafkaSink or FlinkKafkaProducer, FileSink,
StreamingFileSink, project two-phase-commit sinks.

Fix: use CheckpointingMode.EXACTLY_ONCE (the default) and, if alignment time is the concern,
unaligned checkpoints; or set the sink to AT_LEAST_ONCE to say what the job delivers.`,
	Bad: `package com.example;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Orders {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000, CheckpointingMode.AT_LEAST_ONCE);
        KafkaSink<String> sink = KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setRecordSerializer(KafkaRecordSerializationSchema.builder()
                .setTopic("orders").setValueSerializationSchema(new SimpleStringSchema()).build())
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix("orders-sink")
            .setProperty("transaction.timeout.ms", "900000")
            .build();
        env.socketTextStream("localhost", 9999).sinkTo(sink).uid("orders-sink");
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Orders {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE);
        KafkaSink<String> sink = KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setRecordSerializer(KafkaRecordSerializationSchema.builder()
                .setTopic("orders").setValueSerializationSchema(new SimpleStringSchema()).build())
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix("orders-sink")
            .setProperty("transaction.timeout.ms", "900000")
            .build();
        env.socketTextStream("localhost", 9999).sinkTo(sink).uid("orders-sink");
        env.execute();
    }
}
`,
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "checkpointing", "exactly-once", "reliability"},
	Precision: "high",
	DocURL:    docBase + "dev/datastream/fault-tolerance/checkpointing/",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() || !eff.CheckpointingOn() {
				return
			}
			mode, ok := eff.Get(jobgraph.KeyMode)
			if !ok || !mode.Known || !strings.EqualFold(strings.TrimSpace(mode.Value), "AT_LEAST_ONCE") {
				return
			}
			var sinks []string
			var related []analysis.Related
			for _, o := range j.Operators {
				f := o.Sink
				if f == nil || !(f.Commits || exactlyOnceKafka(f)) {
					continue
				}
				sinks = append(sinks, f.Connector)
				related = append(related, analysis.Related{Location: o.Loc, Message: f.Connector + " delivers exactly once only with exactly-once checkpoints"})
			}
			if len(sinks) == 0 {
				return
			}
			d := atSetting(j, mode, fmt.Sprintf("checkpointing mode is AT_LEAST_ONCE (%s) but the job writes to %s configured for exactly-once delivery: records replayed after a failure are committed twice, so the job delivers at least once; use CheckpointingMode.EXACTLY_ONCE (with unaligned checkpoints if alignment is slow) or make the sink at-least-once",
				settingWhere(mode), andList(dedupStrings(sinks))))
			d.Related = related
			p.Report(d)
		})
	},
}

// dedupStrings drops repeated strings, keeping the first.
func dedupStrings(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}
