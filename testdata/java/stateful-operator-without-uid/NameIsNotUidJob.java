// UID001: .name(...) and .setDescription(...) only change what the web UI shows; they do not
// give the operator a stable id. Both stateful operators are reported.
package com.example.uid001;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

import java.time.Duration;

public class NameIsNotUidJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("deposits"), KafkaConnectors.watermarks(), "deposits")
                .uid("deposits-source")
                .name("deposits");

        DataStream<Event> runningTotals = events
                .keyBy(e -> e.userId)
                .reduce((a, b) -> a.merge(b)) // want "UID001"
                .name("running-totals");

        DataStream<Event> perMinute = events
                .keyBy(e -> e.userId)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .sum("amount") // want "UID001"
                .name("per-minute-sums")
                .setDescription("Deposits per user and minute");

        runningTotals.union(perMinute).print();

        env.execute("name-is-not-uid");
    }
}
