// UID002: a literal and a static final constant of another class (Uids.ENRICH) have the same
// value "enrich-profile"; the later one is reported. Uids.ORDERS_SOURCE is used once.
package com.example.uid002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class ConstantDuplicateJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> orders = env
                .fromSource(Events.source("orders"), WatermarkStrategy.noWatermarks(), "orders")
                .uid(Uids.ORDERS_SOURCE);

        DataStream<String> enriched = orders
                .map(line -> line + ",enriched")
                .uid("enrich-profile");

        DataStream<String> latest = enriched
                .keyBy(Events::userOf)
                .reduce((previous, current) -> current)
                .uid(Uids.ENRICH); // want "UID002"

        latest
                .sinkTo(Events.sink("orders-enriched"))
                .uid("orders-enriched-sink");

        env.execute("constant-duplicate");
    }
}
