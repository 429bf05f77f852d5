// UID001: rolling aggregations on a KeyedStream keep one value per key (reduce, sum, min,
// max, minBy, maxBy). Each one without uid() is reported; the one with uid() and a keyed
// map with a lambda (not stateful) are not.
package com.example.uid001;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class KeyedAggregationsJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("payments"), KafkaConnectors.watermarks(), "payments")
                .uid("payments-source");

        KeyedStream<Event, String> byUser = events.keyBy(e -> e.userId);

        DataStream<Event> merged = byUser.reduce((a, b) -> a.merge(b)); // want "UID001: reduce"
        DataStream<Event> total = byUser.sum("amount"); // want "UID001"
        DataStream<Event> smallest = byUser.min("amount"); // want "UID001"
        DataStream<Event> largest = byUser.max("amount"); // want "UID001"
        DataStream<Event> firstSmallest = byUser.minBy("amount"); // want "UID001"
        DataStream<Event> firstLargest = byUser.maxBy("amount"); // want "UID001"

        DataStream<Event> mergedWithUid = byUser
                .reduce((a, b) -> a.merge(b))
                .uid("merged-per-user");

        DataStream<Event> normalized = byUser.map(e -> e.normalize());

        merged
                .union(total, smallest, largest, firstSmallest, firstLargest, mergedWithUid, normalized)
                .print();

        env.execute("keyed-aggregations");
    }
}
