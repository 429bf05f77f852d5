// UID001 silent: setUidHash(...) pins the operator id (the migration bridge for jobs that ran
// with generated ids) and counts as a uid.
package com.example.uid001;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class SetUidHashJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("quotes"), KafkaConnectors.watermarks(), "quotes")
                .setUidHash("cbc357ccb763df2852fee8c4fc7d55f2");

        events
                .keyBy(e -> e.userId)
                .maxBy("amount")
                .setUidHash("7df19f87deec5680128845fd9a6ca18d")
                .print();

        env.execute("uid-hash");
    }
}
