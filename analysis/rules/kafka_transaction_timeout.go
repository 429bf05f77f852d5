package rules

// An exactly-once Kafka sink holds a transaction open from the first record
// after one checkpoint until the next checkpoint completes. The brokers
// abort transactions older than transaction.timeout.ms and refuse a
// producer whose timeout exceeds their transaction.max.timeout.ms (15
// minutes by default), while the connector asks for one hour when the
// property is unset.

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
	"github.com/flinklint/flinklint/parser"
)

// KafkaTransactionTimeout is SINK002.
var KafkaTransactionTimeout = &analysis.Rule{
	ID:      "SINK002",
	Name:    "kafka-transaction-timeout",
	Title:   "Exactly-once Kafka sink with a transaction timeout that fails or loses data",
	Summary: "An exactly-once Kafka sink leaves transaction.timeout.ms unset (the connector's 1 hour exceeds the brokers' default 15 minute ceiling), sets it above 15 minutes, or sets it below the checkpoint interval plus the checkpoint timeout.",
	Help: `An exactly-once KafkaSink (or FlinkKafkaProducer with Semantic.EXACTLY_ONCE) opens a Kafka
transaction after each checkpoint and commits it when the next checkpoint completes. Two broker-side
limits apply:

- The brokers refuse a producer whose transaction.timeout.ms exceeds their
  transaction.max.timeout.ms, 15 minutes by default. When the property is unset the connector sets
  one hour, so with default brokers the producer fails at start (InvalidTxnTimeoutException,
  "The transaction timeout is larger than the maximum value allowed by the broker").
- The brokers abort a transaction that stays open longer than transaction.timeout.ms. A
  transaction stays open for up to the checkpoint interval plus the checkpoint's own duration
  (bounded by execution.checkpointing.timeout, 10 minutes by default). If the timeout is shorter
  than the interval, every transaction is aborted before Flink commits it; if it is shorter than
  the interval plus the checkpoint timeout, every checkpoint slow enough does the same. The
  aborted transaction's records are lost, or the job fails to recover from that checkpoint.

flinklint cannot see the brokers' configuration: it assumes the default transaction.max.timeout.ms
of 15 minutes and says so. It reads the producer properties the code sets (setProperty,
setKafkaProducerConfig, the producer's Properties) and the checkpoint interval and timeout from
code, config files and manifests; properties loaded from elsewhere are not reported missing.

Fix: set transaction.timeout.ms between the checkpoint interval plus the checkpoint timeout and
the brokers' transaction.max.timeout.ms (for example 900000 with a 1 minute interval and a 10
minute timeout), or raise transaction.max.timeout.ms on the brokers.`,
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
            .setTransactionalIdPrefix("orders-sink")
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
	Level:     analysis.LevelWarning,
	Default:   true,
	Tags:      []string{"flink", "kafka", "exactly-once", "reliability"},
	Precision: "medium",
	DocURL:    docBase + "connectors/datastream/kafka/#fault-tolerance",
	Run: func(p *analysis.Pass) {
		realJobs(p, func(j *jobgraph.Job, eff *settings.Effective) {
			if eff.IsBatch() {
				return
			}
			for _, o := range j.Operators {
				f := o.Sink
				if !exactlyOnceKafka(f) {
					continue
				}
				opID := fmt.Sprintf("%s#%d", o.Method, o.Seq)
				at := f.GuaranteeLoc
				timeout, what := int64(defaultTxnTimeoutMs), "transaction.timeout.ms is not set, so the connector uses 1 h"
				prop, set := f.Props[keyTxnTimeout]
				switch {
				case set && !prop.Known:
					continue
				case set:
					n, err := strconv.ParseInt(strings.TrimSpace(prop.Value), 10, 64)
					if err != nil {
						continue
					}
					timeout, what, at = n, fmt.Sprintf("transaction.timeout.ms is %s (%s)", human(n), base(prop.Loc.Path)+":"+strconv.Itoa(int(prop.Loc.Pos.Line))), prop.Loc
				case f.PropsUnknown:
					continue // set, perhaps, in properties flinklint cannot follow
				}
				report := func(loc parser.Location, msg string) {
					p.Report(analysis.Diagnostic{Location: loc, Job: j.ID, Operator: opID, Message: msg,
						Related: []analysis.Related{{Location: o.Loc, Message: "the exactly-once sink is added to the job here"}}})
				}
				if eff.CheckpointingOn() {
					if span, interval, why, ok := checkpointSpan(eff); ok && timeout < span {
						loss := "every transaction outlives it, so the brokers abort transactions before the checkpoint that commits them completes and their records are lost"
						if timeout > interval {
							loss = fmt.Sprintf("a checkpoint that takes longer than %s lets the brokers abort the transaction before it is committed, and its records are lost", human(timeout-interval))
						}
						fix := "set it to at least " + human(span) + " or lower the checkpoint timeout"
						if span > brokerMaxTxnMs {
							fix += ", which is above 15 min, Kafka's default transaction.max.timeout.ms on the brokers (their real setting is not visible here): raise that too, or shorten the checkpoint interval or timeout"
						}
						report(at, fmt.Sprintf("%s: %s, shorter than the %s a transaction can stay open (%s): %s; %s",
							f.Connector, what, human(span), why, loss, fix))
						continue
					}
				}
				if timeout > brokerMaxTxnMs {
					report(at, fmt.Sprintf("%s with %s: %s, above 15 min, Kafka's default transaction.max.timeout.ms on the brokers (their real setting is not visible here, so the default is assumed): the producer fails at start with InvalidTxnTimeoutException unless the brokers were reconfigured; set transaction.timeout.ms to at most 900000 (and above the checkpoint interval plus timeout), or raise the brokers' limit",
						f.Connector, guaranteeCall(f), what))
				}
			}
		})
	},
}
