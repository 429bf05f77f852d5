// RST002 fires at setRestartStrategy: RestartStrategies.fixedDelayRestart(...).
package com.example.r2;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class FixedDelayCodeJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, 10_000)); // want "RST002: restart strategy fixed-delay \\(env.setRestartStrategy"
        env.fromSequence(1, 10).print();
        env.execute("fixed-delay-code");
    }
}
