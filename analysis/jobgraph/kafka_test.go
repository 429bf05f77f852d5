package jobgraph

import (
	"fmt"
	"sort"
	"strings"
	"testing"
)

// TestSinkFacts: the KafkaSink builder's guarantee, prefix and properties
// (through setProperty, a Properties and ProducerConfig constants), the
// legacy producer's Semantic, a FileSink, and keyed operators.
func TestSinkFacts(t *testing.T) {
	src := `package com.acme;

import java.util.Properties;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

public class Out {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Properties props = new Properties();
        props.setProperty(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, "900000");
        KafkaSink<String> sink = KafkaSink.<String>builder()
            .setBootstrapServers("kafka:9092")
            .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
            .setTransactionalIdPrefix("orders")
            .setKafkaProducerConfig(props)
            .setProperty("acks", "all")
            .build();
        var s = env.fromSource(null, null, "s").uid("s").keyBy(e -> e).map(e -> e);
        s.sinkTo(sink);
        s.addSink(new FlinkKafkaProducer<>("t", null, props, FlinkKafkaProducer.Semantic.EXACTLY_ONCE));
        s.sinkTo(FileSink.forRowFormat(null, null).build());
        env.execute();
    }
}
`
	g := build(t, map[string]string{"Out.java": src})
	if len(g.Jobs) != 1 {
		t.Fatalf("jobs: %d", len(g.Jobs))
	}
	var got []string
	for _, o := range g.Jobs[0].Operators {
		line := fmt.Sprintf("%s keyed=%v", o.Method, o.Keyed)
		if f := o.Sink; f != nil {
			var props []string
			for k, v := range f.Props {
				props = append(props, fmt.Sprintf("%s=%s@%d", k, v.Value, v.Loc.Pos.Line))
			}
			sort.Strings(props)
			prefix := "-"
			if f.TransactionalIDPrefix != nil {
				prefix = f.TransactionalIDPrefix.Value
			}
			line += fmt.Sprintf(" %s %s prefix=%s commits=%v %v unknown=%v", f.Connector, f.Guarantee, prefix, f.Commits, props, f.PropsUnknown)
		}
		got = append(got, line)
	}
	want := []string{
		"fromSource keyed=false",
		"map keyed=true",
		"sinkTo keyed=false KafkaSink EXACTLY_ONCE prefix=orders commits=false [acks=all@21 bootstrap.servers=kafka:9092@17 transaction.timeout.ms=900000@15] unknown=false",
		"addSink keyed=false FlinkKafkaProducer EXACTLY_ONCE prefix=- commits=false [transaction.timeout.ms=900000@15] unknown=false",
		"sinkTo keyed=false FileSink  prefix=- commits=true [] unknown=false",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
