package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Shared setup for the warehouse jobs: environment defaults and the readings source. */
public final class WarehouseSetup {
    public static final String SOURCE_UID = "warehouse-readings";
    public static final int MAX_PARALLELISM = 256;

    private WarehouseSetup() {}

    public static void applyDefaults(StreamExecutionEnvironment env) {
        env.setParallelism(2);
        env.setMaxParallelism(MAX_PARALLELISM);
        env.enableCheckpointing(Duration.ofMinutes(1).toMillis(), CheckpointingMode.EXACTLY_ONCE);
        env.getCheckpointConfig().setMinPauseBetweenCheckpoints(10_000L);
    }

    public static DataStream<SensorReading> readings(StreamExecutionEnvironment env) {
        return env.fromSource(DemoSources.readings(40), DemoSources.readingWatermarks(), "warehouse readings")
                .uid(SOURCE_UID);
    }
}
