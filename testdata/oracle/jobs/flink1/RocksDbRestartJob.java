package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.api.common.time.Time;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * 1.x-only settings: an incremental EmbeddedRocksDBStateBackend object, a failure-rate
 * restart strategy with Time, and checkpoint storage set on the CheckpointConfig.
 */
// oracle: run
public class RocksDbRestartJob {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setStateBackend(new EmbeddedRocksDBStateBackend(true));
        env.getCheckpointConfig().setCheckpointStorage(
                "file://" + System.getProperty("java.io.tmpdir") + "/flinklint-oracle/checkpoints");
        env.setRestartStrategy(RestartStrategies.failureRateRestart(
                3, Time.minutes(5), Time.seconds(10)));
        env.enableCheckpointing(30_000);

        env.fromSource(DemoSources.clicks(40), WatermarkStrategy.noWatermarks(), "clicks")
                .uid("clicks")
                .keyBy(c -> c.page)
                .reduce((a, b) -> b)
                .uid("last-click-per-page")
                .print();

        env.execute("rocksdb and restart strategy");
    }
}
