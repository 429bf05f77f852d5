// UID003 silent: stable uids: a literal, a static final constant of another class, a prefix
// constant plus a literal, and a prefix that comes from main's arguments (stable across runs
// in practice: the deployment passes the same value).
package com.example.uid003;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class StableUidsJobSilent {

    private static final String LOCAL_PREFIX = Sources.UID_PREFIX + "-";

    public static void main(String[] args) throws Exception {
        String tenant = args.length > 0 ? args[0] : "default";
        run(tenant);
    }

    static void run(String tenant) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> invoices = env
                .fromSource(Sources.kafka("invoices-" + tenant), WatermarkStrategy.noWatermarks(), "invoices")
                .uid("invoices-source");

        DataStream<String> latest = invoices
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, current) -> current)
                .uid(Sources.AGGREGATE_UID);

        DataStream<String> tagged = latest
                .map(line -> tenant + "," + line)
                .uid(LOCAL_PREFIX + "tagged");

        tagged
                .filter(line -> !line.isEmpty())
                .uid(Sources.UID_PREFIX + "-non-empty")
                .print()
                .uid(tenant + "-print");

        env.execute("stable-uids-" + tenant);
    }
}
