// UID001: sinkTo (Sink V2 writer/committer state, here an exactly-once KafkaSink) and addSink
// with a sink that keeps state are reported on the sinkTo/addSink name token. print(), the
// Sink V2 DiscardingSink and a sinkTo with uid() are silent. The map with uid() is silent.
package com.example.uid001;

import com.example.uid001.functions.BufferingSink;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

public class SinksJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("orders"), KafkaConnectors.watermarks(), "orders")
                .uid("orders-source");

        DataStream<String> json = events
                .map(Event::toJson)
                .uid("orders-to-json");

        KafkaSink<String> ordersOut = KafkaConnectors.sink("orders-enriched");

        json
                .sinkTo(ordersOut) // want "UID001: sinkTo"
                .name("orders-enriched");

        events
                .addSink(new BufferingSink()) // want "UID001"
                .name("buffered-audit");

        json
                .sinkTo(KafkaConnectors.sink("orders-mirror"))
                .uid("orders-mirror-sink");

        json.print();

        json.sinkTo(new DiscardingSink<>());

        env.execute("sinks");
    }
}
