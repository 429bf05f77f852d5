// Flink 2.0: the typed Configuration setters (setInteger, setLong, setBoolean, ...,
// setString(ConfigOption, String)) and ExecutionCheckpointingOptions are gone; set(ConfigOption,
// value) and setString(String, String) remain. The Configuration is reported even though it is
// filled before the environment exists.
package com.example.api001.v20;

import org.apache.flink.configuration.ConfigOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.ExecutionCheckpointingOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.Duration;

public class ConfigurationSettersJob {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setInteger("parallelism.default", 4); // want "API001: Configuration.setInteger was removed in Flink 2.0.*use set\\(ConfigOption, value\\)"
        conf.setLong("execution.checkpointing.interval", 60_000L); // want "API001: Configuration.setLong"
        conf.setBoolean(PipelineOptions.AUTO_GENERATE_UIDS, false); // want "API001: Configuration.setBoolean"
        conf.setString(ConfigOptions.key("state.backend.type").stringType().noDefaultValue(), "rocksdb"); // want "API001: Configuration.setString\\(ConfigOption\\)"
        conf.setString("execution.checkpointing.dir", "s3://flink/checkpoints");
        conf.set(ExecutionCheckpointingOptions.CHECKPOINTING_TIMEOUT, Duration.ofMinutes(10)); // want "API001: ExecutionCheckpointingOptions.CHECKPOINTING_TIMEOUT was removed.*CheckpointingOptions"
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofMinutes(1));
        conf.set(PipelineOptions.MAX_PARALLELISM, 128);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.fromSequence(1, 10).print();
        env.execute("configuration-setters");
    }
}
