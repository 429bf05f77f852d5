package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.runtime.state.filesystem.FsStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;

/**
 * The pre-1.13 style kept alive in many 1.x jobs: a FsStateBackend object (removed in 2.0)
 * with its checkpoint path, a no-restart strategy, and checkpointing with a plain interval.
 */
// oracle: run
public class FsStateBackendJob {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setStateBackend(new FsStateBackend(
                "file://" + System.getProperty("java.io.tmpdir") + "/flinklint-oracle/fs-checkpoints", true));
        env.setRestartStrategy(RestartStrategies.noRestart());
        env.enableCheckpointing(Duration.ofMinutes(3).toMillis());

        env.fromSource(DemoSources.payments(40), WatermarkStrategy.noWatermarks(), "payments")
                .uid("payments")
                .keyBy(p -> p.accountId)
                .window(TumblingProcessingTimeWindows.of(Duration.ofHours(1)))
                .sum("amount")
                .uid("hourly-account-volume")
                .print();

        env.execute("fs state backend (1.x)");
    }
}
