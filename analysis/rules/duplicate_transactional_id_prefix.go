package rules

// KafkaSink derives every transactional.id from its prefix, the subtask
// index and a checkpoint counter. Two exactly-once sinks with the same
// prefix on the same Kafka cluster use the same ids: each new producer
// fences the other's (ProducerFencedException, restarts), and on recovery
// one sink aborts the other's open transactions, losing their records.

import (
	"fmt"

	"github.com/flinklint/flinklint/analysis"
	"github.com/flinklint/flinklint/analysis/jobgraph"
	"github.com/flinklint/flinklint/analysis/settings"
)

// DuplicateTransactionalIDPrefix is SINK004.
var DuplicateTransactionalIDPrefix = &analysis.Rule{
	ID:      "SINK004",
	Name:    "duplicate-transactional-id-prefix",
	Title:   "Two exactly-once Kafka sinks share a transactional id prefix",
	Summary: "Two exactly-once KafkaSinks in the scanned jobs use the same transactional id prefix (and, as far as the code shows, the same Kafka cluster), so their producers fence each other and recovery aborts the other sink's transactions.",
	Help: `KafkaSink builds each transactional.id from the transactional id prefix, the subtask index and a
checkpoint counter. Kafka allows one live producer per transactional.id: when two exactly-once sinks
(in one job or in two jobs) use the same prefix against the same cluster, each new producer fences
the other's (ProducerFencedException, the job restarts), and after a failure a sink aborts the
lingering transactions it believes are its own, which may be the other sink's uncommitted records.
Flink's Kafka connector documentation requires the prefix to be unique across all jobs writing to
the same cluster.

flinklint compares the prefixes of every exactly-once KafkaSink the scanned jobs build, when they
are constants; sinks whose bootstrap servers are both known and differ are on different clusters
and not reported. Jobs outside the scan, or a second deployment of the same job, cannot be seen.

Fix: give each sink a prefix unique to its job and purpose, e.g. "<job>-<sink>".`,
	Bad: `package com.example;

import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Orders {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        var orders = env.socketTextStream("localhost", 9999);
        orders.sinkTo(KafkaSink.<String>builder().setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).setTransactionalIdPrefix("orders")
            .setProperty("transaction.timeout.ms", "900000").build()).uid("orders-out");
        orders.sinkTo(KafkaSink.<String>builder().setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).setTransactionalIdPrefix("orders")
            .setProperty("transaction.timeout.ms", "900000").build()).uid("orders-audit");
        env.execute();
    }
}
`,
	Good: `package com.example;

import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Orders {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        var orders = env.socketTextStream("localhost", 9999);
        orders.sinkTo(KafkaSink.<String>builder().setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).setTransactionalIdPrefix("orders-out")
            .setProperty("transaction.timeout.ms", "900000").build()).uid("orders-out");
        orders.sinkTo(KafkaSink.<String>builder().setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).setTransactionalIdPrefix("orders-audit")
            .setProperty("transaction.timeout.ms", "900000").build()).uid("orders-audit");
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
		type seen struct {
			job     *jobgraph.Job
			op      *jobgraph.Operator
			servers jobgraph.SinkProp
			hasSrv  bool
		}
		byPrefix := map[string][]seen{}
		realJobs(p, func(j *jobgraph.Job, _ *settings.Effective) {
			for _, o := range j.Operators {
				f := o.Sink
				if !exactlyOnceKafka(f) || f.Connector != jobgraph.ConnectorKafkaSink || f.TransactionalIDPrefix == nil || !f.TransactionalIDPrefix.Known {
					continue
				}
				srv, has := f.Props["bootstrap.servers"]
				has = has && srv.Known
				prefix := f.TransactionalIDPrefix.Value
				for _, s := range byPrefix[prefix] {
					if has && s.hasSrv && s.servers.Value != srv.Value {
						continue // different clusters
					}
					cluster := fmt.Sprintf("the same Kafka cluster (%s)", srv.Value)
					if !has || !s.hasSrv {
						cluster = "what is assumed to be the same Kafka cluster (the bootstrap servers are not both known)"
					}
					where := "this job"
					if s.job != j {
						where = "job " + s.job.ID
					}
					first := s.op.Sink.TransactionalIDPrefix.Loc
					p.Report(analysis.Diagnostic{Location: f.TransactionalIDPrefix.Loc, Job: j.ID, Operator: fmt.Sprintf("%s#%d", o.Method, o.Seq),
						Message: fmt.Sprintf("transactional id prefix %q is also used by another exactly-once KafkaSink in %s (%s:%d) writing to %s: their producers fence each other and recovery aborts the other sink's transactions; give each sink a unique prefix",
							prefix, where, base(first.Path), first.Pos.Line, cluster),
						Related: []analysis.Related{{Location: first, Message: "the same prefix is set here"}}})
					break
				}
				byPrefix[prefix] = append(byPrefix[prefix], seen{job: j, op: o, servers: srv, hasSrv: has})
			}
		})
	},
}
