// UID003: uids that change on every run, so the next deployment cannot find the state of the
// previous one: UUID.randomUUID(), System.currentTimeMillis(), new Random().nextInt(), an
// identity hashCode(), and a random value passed through a local variable.
package com.example.uid003;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.Random;
import java.util.UUID;

public class UnstableUidsJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        KafkaSource<String> source = Sources.kafka("invoices");
        DataStream<String> invoices = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "invoices")
                .uid(UUID.randomUUID().toString()); // want "UID003"

        KeyedStream<String, String> byCustomer = invoices.keyBy(line -> line.split(",")[0]);

        DataStream<String> latest = byCustomer
                .reduce((previous, current) -> current)
                .uid("latest-" + System.currentTimeMillis()); // want "UID003"

        DataStream<String> longest = byCustomer
                .reduce((a, b) -> a.length() >= b.length() ? a : b)
                .uid("longest-" + new Random().nextInt(1000)); // want "UID003"

        DataStream<String> upper = invoices
                .map(String::toUpperCase)
                .uid("upper-" + source.hashCode()); // want "UID003"

        String runId = UUID.randomUUID().toString();
        latest
                .union(longest, upper)
                .sinkTo(new org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink<>())
                .uid("discard-" + runId); // want "UID003"

        env.execute("unstable-uids");
    }
}
