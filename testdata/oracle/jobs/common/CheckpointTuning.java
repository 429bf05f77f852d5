package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Checkpoint settings through the environment and its CheckpointConfig (APIs present in 1.20 and 2.x). */
// oracle: run
public class CheckpointTuning {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(45_000L, CheckpointingMode.AT_LEAST_ONCE);

        CheckpointConfig checkpoints = env.getCheckpointConfig();
        checkpoints.setMinPauseBetweenCheckpoints(15_000L);
        checkpoints.setCheckpointTimeout(120_000L);
        checkpoints.setMaxConcurrentCheckpoints(1);
        checkpoints.setTolerableCheckpointFailureNumber(3);
        checkpoints.setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);

        env.fromSource(DemoSources.payments(40), WatermarkStrategy.noWatermarks(), "payments")
                .uid("payments")
                .keyBy(p -> p.accountId)
                .sum("amount")
                .uid("balance")
                .print();

        env.execute("checkpoint tuning");
    }
}
