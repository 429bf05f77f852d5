// RST002 silent: exponential-delay, and an unset strategy is never reported.
package com.example.r2;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class ExponentialJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 10).print();
        env.execute("exponential");
    }
}
