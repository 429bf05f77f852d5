// STATE003 fires at the backend key of flink-conf.yaml: incremental explicitly false
// (the deprecated state.backend.incremental counts).
package com.example.s3;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class FullCheckpointsJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 1000).keyBy(n -> n % 10).reduce(Long::sum).uid("sum").print();
        env.execute("full-checkpoints");
    }
}
