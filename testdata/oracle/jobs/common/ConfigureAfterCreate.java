package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Settings as string keys in a Configuration applied with env.configure(conf) after the
 * environment was created: RocksDB, exponential-delay restarts, checkpointing, chaining.
 */
// oracle: run
public class ConfigureAfterCreate {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        Configuration conf = new Configuration();
        conf.setString("state.backend.type", "rocksdb");
        conf.setString("restart-strategy.type", "exponential-delay");
        conf.setString("restart-strategy.exponential-delay.initial-backoff", "1 s");
        conf.setString("restart-strategy.exponential-delay.max-backoff", "5 min");
        conf.setString("execution.checkpointing.interval", "90 s");
        conf.setString("execution.checkpointing.mode", "AT_LEAST_ONCE");
        conf.setString("execution.checkpointing.externalized-checkpoint-retention", "RETAIN_ON_CANCELLATION");
        conf.setString("pipeline.max-parallelism", "300");
        env.configure(conf);

        env.fromSource(DemoSources.readings(40), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings")
                .keyBy(r -> r.sensorId)
                .reduce((a, b) -> a.temperature < b.temperature ? a : b)
                .uid("coldest")
                .print();

        env.execute("configure after create");
    }
}
