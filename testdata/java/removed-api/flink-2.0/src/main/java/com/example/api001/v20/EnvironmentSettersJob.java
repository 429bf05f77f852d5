// Flink 2.0 (pom.xml): the environment, ExecutionConfig and CheckpointConfig setters that take
// Java objects, and the deprecated checkpointing switches, are gone. API001 fires on each
// method name; RestartStrategies and Time are reported at their static calls.
package com.example.api001.v20;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.Duration;

public class EnvironmentSettersJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setStateBackend(new EmbeddedRocksDBStateBackend(true)); // want "API001: StreamExecutionEnvironment.setStateBackend was removed in Flink 2.0 and the target is Flink 2.0 \\(flink-2.0/pom.xml\\): set state.backend.type"
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, Time.seconds(10))); // want "API001: StreamExecutionEnvironment.setRestartStrategy was removed" "API001: RestartStrategies.fixedDelayRestart was removed.*restart-strategy.type" "API001: Time.seconds was removed.*java.time.Duration"
        env.getConfig().setRestartStrategy(RestartStrategies.noRestart()); // want "API001: ExecutionConfig.setRestartStrategy" "API001: RestartStrategies.noRestart"
        env.setNumberOfExecutionRetries(3); // want "API001: StreamExecutionEnvironment.setNumberOfExecutionRetries"
        env.enableCheckpointing(); // want "API001: StreamExecutionEnvironment.enableCheckpointing\\(\\) was removed.*explicit interval"
        env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE, true); // want "API001: enableCheckpointing\\(long, CheckpointingMode, boolean\\)"

        CheckpointConfig checkpoints = env.getCheckpointConfig();
        checkpoints.enableExternalizedCheckpoints(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION); // want "API001: CheckpointConfig.enableExternalizedCheckpoints.*externalized-checkpoint-retention"
        checkpoints.setExternalizedCheckpointCleanup(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION); // want "API001: CheckpointConfig.setExternalizedCheckpointCleanup.*setExternalizedCheckpointRetention"
        checkpoints.setCheckpointStorage("s3://flink/checkpoints"); // want "API001: CheckpointConfig.setCheckpointStorage.*execution.checkpointing.dir"
        checkpoints.setFailOnCheckpointingErrors(false); // want "API001: CheckpointConfig.setFailOnCheckpointingErrors.*setTolerableCheckpointFailureNumber"
        checkpoints.setAlignmentTimeout(Duration.ofSeconds(30)); // want "API001: CheckpointConfig.setAlignmentTimeout.*setAlignedCheckpointTimeout"
        checkpoints.setForceCheckpointing(true); // want "API001: CheckpointConfig.setForceCheckpointing"
        // Deprecated in 1.20 but still in 2.0: API002's, not API001's.
        checkpoints.setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
        env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE);

        env.fromSequence(1, 10).print();
        env.execute("environment-setters");
    }
}
