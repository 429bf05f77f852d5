package rules

// An exactly-once KafkaSink writes each checkpoint's records in a Kafka
// transaction whose transactional.id is derived from a prefix. The builder
// refuses to build without one (the prefix must be unique per sink and
// stable across restarts, so that a restarted job can abort its own
// lingering transactions).

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// KafkaExactlyOnceWithoutPrefix is SINK001.
var KafkaExactlyOnceWithoutPrefix = &analysis.Rule{
	ID:      "SINK001",
	Name:    "kafka-exactly-once-without-transactional-id-prefix",
	Title:   "Exactly-once KafkaSink without a transactional id prefix",
	Summary: "A KafkaSink with DeliveryGuarantee.EXACTLY_ONCE never calls setTransactionalIdPrefix, so KafkaSinkBuilder.build() throws and the job does not start.",
	Help: `With DeliveryGuarantee.EXACTLY_ONCE, KafkaSink writes the records of each checkpoint in a Kafka
transaction and commits it when the checkpoint completes. Transactional ids are built from a prefix
that must be unique for every sink writing to the same Kafka cluster and stable across restarts:
after a failure the job uses it to find and abort its own lingering transactions, which otherwise
block read_committed consumers until they time out. KafkaSinkBuilder.build() therefore refuses an
exactly-once sink without one ("EXACTLY_ONCE delivery guarantee requires a transactionIdPrefix to
be set"), and the job fails before it starts.

flinklint follows KafkaSink.builder() chains through variables, fields and helper methods.

Fix: call setTransactionalIdPrefix with a name unique to this job and sink, e.g. "orders-enricher".`,
	Bad: `package com.example;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Orders {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        KafkaSink<String> sink = KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setRecordSerializer(KafkaRecordSerializationSchema.builder()
                .setTopic("orders").setValueSerializationSchema(new SimpleStringSchema()).build())
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
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
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Orders {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
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
	Level:     analysis.LevelError,
	Default:   true,
	Tags:      []string{"flink", "kafka", "exactly-once", "reliability"},
	Precision: "high",
	DocURL:    docBase + "connectors/datastream/kafka/#fault-tolerance",
	Run: func(p *analysis.Pass) {
		allJobs(p, func(j *jobgraph.Job, _ *settings.Effective) {
			for _, o := range j.Operators {
				f := o.Sink
				if !exactlyOnceKafka(f) || f.Connector != jobgraph.ConnectorKafkaSink || f.TransactionalIDPrefix != nil {
					continue
				}
				d := analysis.Diagnostic{Location: f.GuaranteeLoc, Job: j.ID, Operator: fmt.Sprintf("%s#%d", o.Method, o.Seq), Message: fmt.Sprintf(
					"KafkaSink uses %s but never calls setTransactionalIdPrefix: KafkaSinkBuilder.build() throws and the job does not start; set a prefix unique to this job and sink", guaranteeCall(f))}
				d.Related = []analysis.Related{{Location: o.Loc, Message: "the sink is added to the job here"}}
				p.Report(d)
			}
		})
	},
}
