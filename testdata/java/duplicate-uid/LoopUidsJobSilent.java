// UID002 silent: uids built from a loop variable ("filter-" + region, "sink-" + i) have values
// unknown to a static analysis; unknown values never count as duplicates.
package com.example.uid002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.List;

public class LoopUidsJobSilent {

    private static final List<String> REGIONS = List.of("eu", "us", "apac");

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> sales = env
                .fromSource(Events.source("sales"), WatermarkStrategy.noWatermarks(), "sales")
                .uid("sales-source");

        for (String region : REGIONS) {
            sales
                    .filter(line -> line.startsWith(region + ","))
                    .uid("filter-" + region)
                    .sinkTo(Events.sink("sales-" + region))
                    .uid("sink-" + region);
        }

        for (int i = 0; i < 3; i++) {
            final int shard = i;
            sales
                    .filter(line -> Math.floorMod(line.hashCode(), 3) == shard)
                    .uid("shard-" + i)
                    .print()
                    .uid("shard-print-" + i);
        }

        env.execute("loop-uids");
    }
}
