// The 1.20 replacements of everything Flink120Job uses: nothing is reported.
package com.example.api002.v120;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

import java.time.Duration;

public class ModernJobSilent {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMinutes(1));
        conf.set(StateBackendOptions.STATE_BACKEND, "rocksdb");
        conf.set(RestartStrategyOptions.RESTART_STRATEGY, "failure-rate");
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, "s3://flink/checkpoints");
        conf.setString("restart-strategy.failure-rate.delay", "10 s");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE);
        env.getCheckpointConfig().setCheckpointingConsistencyMode(CheckpointingMode.EXACTLY_ONCE);
        env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        env.fromSequence(1, 100)
                .map(new RichMapFunction<Long, String>() {
                    @Override
                    public void open(OpenContext openContext) {
                    }

                    @Override
                    public String map(Long value) {
                        return "n=" + value;
                    }
                })
                .uid("render")
                .sinkTo(new DiscardingSink<>())
                .uid("discard");
        env.execute("modern-1.20");
    }
}
