package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.DateTimeBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;

/** A row-format FileSink into a temporary folder, rolling on checkpoints. */
// oracle: run
public class RollingFileSinkJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(Duration.ofSeconds(30).toMillis());

        String out = System.getProperty("java.io.tmpdir") + "/flinklint-oracle/readings";
        FileSink<String> files = FileSink
                .forRowFormat(new Path(out), new SimpleStringEncoder<String>())
                .withBucketAssigner(new DateTimeBucketAssigner<>("yyyy-MM-dd--HH"))
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(OutputFileConfig.builder().withPartPrefix("readings").withPartSuffix(".csv").build())
                .build();

        env.fromSource(DemoSources.readings(40), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings")
                .map(r -> r.sensorId + "," + r.temperature + "," + r.timestamp)
                .name("to csv")
                .sinkTo(files)
                .uid("reading-files")
                .name("reading files");

        env.execute("rolling file sink");
    }
}
