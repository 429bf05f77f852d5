// No Flink version is known: API002 reports what some version deprecates and no version removes,
// as a note naming the version that deprecated it. What a version removed (setStateBackend,
// setExternalizedCheckpointCleanup) is API001's.
package com.example.api002.unknown;

import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class UnknownVersionJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setStateBackend(new HashMapStateBackend());
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE); // want "API002: CheckpointConfig.setCheckpointingMode is deprecated since Flink 1.20 and the target Flink version is unknown: use setCheckpointingConsistencyMode"
        env.getCheckpointConfig().setExternalizedCheckpointCleanup(
                CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
        env.fromSequence(1, 10).print();
        env.execute("unknown-version");
    }
}
