// UID005 silent: every operator, stateless ones and the print() sink included, has a uid.
package com.example.uid005;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class AllUidsJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(Sources.kafka("metrics"), WatermarkStrategy.noWatermarks(), "metrics")
                .uid("metrics-source")
                .map(String::trim)
                .uid("metrics-trim")
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, latest) -> latest)
                .uid("metrics-latest")
                .print()
                .uid("metrics-print");

        env.execute("all-uids");
    }
}
