// Flink 1.20 (pom.xml): everything below still works but is deprecated; API002 names the
// replacement. Nothing here is removed in 1.20, so API001 would stay silent.
package com.example.api002.v120;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.Duration;

public class Flink120Job {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setBoolean(PipelineOptions.AUTO_GENERATE_UIDS, false); // want "API002: Configuration.setBoolean is deprecated since Flink 1.19 and removed in Flink 2.0; the target is Flink 1.20 \\(flink-1.20/pom.xml\\): use set\\(ConfigOption, value\\)"
        conf.set(ExecutionCheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMinutes(1)); // want "API002: ExecutionCheckpointingOptions.CHECKPOINTING_INTERVAL is deprecated since Flink 1.20.*CheckpointingOptions"
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setStateBackend(new EmbeddedRocksDBStateBackend(true)); // want "API002: StreamExecutionEnvironment.setStateBackend is deprecated since Flink 1.19.*state.backend.type"
        env.setRestartStrategy(RestartStrategies.failureRateRestart(3, Time.minutes(5), Time.seconds(10))); // want "API002: StreamExecutionEnvironment.setRestartStrategy" "API002: RestartStrategies.failureRateRestart" "API002: Time.minutes is deprecated since Flink 1.19.*Duration" "API002: Time.seconds"
        env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE); // want "API002: enableCheckpointing\\(long, org.apache.flink.streaming.api.CheckpointingMode\\) is deprecated since Flink 1.20 and the target is Flink 1.20.*core.execution.CheckpointingMode"
        CheckpointConfig checkpoints = env.getCheckpointConfig();
        checkpoints.setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE); // want "API002: CheckpointConfig.setCheckpointingMode is deprecated since Flink 1.20 and the target is Flink 1.20.*setCheckpointingConsistencyMode"
        checkpoints.setExternalizedCheckpointCleanup(CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION); // want "API002: CheckpointConfig.setExternalizedCheckpointCleanup is deprecated since Flink 1.20"
        checkpoints.setCheckpointStorage("s3://flink/checkpoints"); // want "API002: CheckpointConfig.setCheckpointStorage is deprecated since Flink 1.19"

        DataStream<String> lines = env.fromSequence(1, 100).map(new Render()).uid("render");
        lines.addSink(new LogSink()).uid("log"); // want "API002: DataStream.addSink is deprecated since Flink 1.20.*sinkTo"
        lines.iterate(); // want "API002: DataStream.iterate is deprecated since Flink 1.19"
        env.execute("flink-1.20");
    }
}
