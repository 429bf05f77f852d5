// RST002 fires in the module config (the deprecated key restart-strategy, the fixeddelay alias).
package com.example.r2;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class ConfigFixedDelayJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).print();
        env.execute("config-fixed-delay");
    }
}
