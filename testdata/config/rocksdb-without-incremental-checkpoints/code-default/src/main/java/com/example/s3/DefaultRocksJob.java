// STATE003 fires where the backend is chosen: EmbeddedRocksDBStateBackend() without the
// incremental flag, and no config sets it (Flink 1.18: the key is state.backend.incremental).
package com.example.s3;

import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DefaultRocksJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.setStateBackend(new EmbeddedRocksDBStateBackend()); // want "STATE003: the RocksDB state backend \\(env.setStateBackend\\(new EmbeddedRocksDBStateBackend\\)\\) takes full checkpoints: state.backend.incremental is not set"
        env.fromSequence(1, 1000).keyBy(n -> n % 10).reduce(Long::sum).uid("sum").print();
        env.execute("default-rocks");
    }
}
