// A Flink 2.0 job on the current APIs: fromSource/sinkTo, Duration, ConfigOptions, KeySelector,
// setCheckpointingConsistencyMode. Nothing is reported.
package com.example.api001.v20;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

import java.time.Duration;

public class ModernJobSilent {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "exponential-delay");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, "s3://flink/checkpoints");
        conf.set(CheckpointingOptions.EXTERNALIZED_CHECKPOINT_RETENTION, ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE);
        env.getCheckpointConfig().setCheckpointingConsistencyMode(CheckpointingMode.EXACTLY_ONCE);
        env.getCheckpointConfig().setAlignedCheckpointTimeout(Duration.ofSeconds(30));

        env.fromSource(new DataGeneratorSource<>(i -> "click-" + i, 1000, null), WatermarkStrategy.noWatermarks(), "clicks")
                .uid("clicks")
                .map(new ModernFunctionsSilent())
                .uid("map")
                .keyBy(value -> value)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))
                .reduce((a, b) -> a)
                .uid("per-key")
                .sinkTo(new DiscardingSink<>())
                .uid("discard");
        env.execute("modern");
    }
}
