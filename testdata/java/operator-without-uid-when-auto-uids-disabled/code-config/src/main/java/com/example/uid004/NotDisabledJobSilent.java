// UID004 silent: auto-generated uids are not disabled (neither in code nor in a config file of
// this module), so operators without uid do not break submission. (UID001 is not run here.)
package com.example.uid004;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class NotDisabledJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(Sources.kafka("payments"), WatermarkStrategy.noWatermarks(), "payments")
                .map(String::trim)
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, latest) -> latest)
                .print();

        env.execute("auto-uids-enabled");
    }
}
