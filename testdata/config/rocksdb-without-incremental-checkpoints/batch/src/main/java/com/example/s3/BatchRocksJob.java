// STATE003 silent: a batch job takes no checkpoints.
package com.example.s3;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class BatchRocksJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.setStateBackend(new EmbeddedRocksDBStateBackend());
        env.fromSequence(1, 1000).keyBy(n -> n % 10).reduce(Long::sum).print();
        env.execute("batch-rocks");
    }
}
