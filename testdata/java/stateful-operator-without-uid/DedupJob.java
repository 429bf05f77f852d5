// UID001: a user function makes a plain flatMap stateful. DedupFunction (functions/, another
// file) obtains ValueState "seen" through getRuntimeContext().getState(...). Reported on the
// .flatMap( line; the message names the operator and the state. .name(...) is not a uid.
package com.example.uid001;

import com.example.uid001.functions.DedupFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DedupJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("purchases"), KafkaConnectors.watermarks(), "purchases")
                .uid("purchases-source");

        DataStream<Event> unique = events
                .keyBy(e -> e.userId + ":" + e.timestamp)
                .flatMap(new DedupFunction()) // want "UID001: flatMap.*ValueState"
                .name("dedup-purchases");

        unique.print();

        env.execute("dedup");
    }
}
