// UID001 silent: the chain is split across variables (source -> KeyedStream variable ->
// reduce) and every stateful operator has its uid in its own statement.
package com.example.uid001;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class SplitChainJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> a = env.fromSource(KafkaConnectors.events("bids"), KafkaConnectors.watermarks(), "bids").uid("src");
        KeyedStream<Event, String> k = a.keyBy(e -> e.userId);
        DataStream<Event> r = k.reduce((x, y) -> x.merge(y)).uid("r");
        DataStream<Event> rebalanced = r.rebalance();
        rebalanced.print();

        env.execute("split-chain");
    }
}
