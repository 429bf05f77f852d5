package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * Timestamps and watermarks assigned in the middle of the pipeline with
 * assignTimestampsAndWatermarks (its own operator), plus ExecutionConfig settings:
 * auto-watermark interval, object reuse and the buffer timeout.
 */
// oracle: run
public class WatermarksMidStream {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.getConfig().setAutoWatermarkInterval(500L);
        env.getConfig().enableObjectReuse();
        env.setBufferTimeout(50L);

        env.fromSource(DemoSources.readings(50), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings")
                .filter(r -> r.temperature > 16)
                .name("plausible readings")
                .assignTimestampsAndWatermarks(
                        WatermarkStrategy.<SensorReading>forBoundedOutOfOrderness(Duration.ofSeconds(30))
                                .withTimestampAssigner((r, previous) -> r.timestamp))
                .uid("reading-watermarks")
                .name("reading timestamps")
                .keyBy(r -> r.sensorId)
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1)))
                .min("temperature")
                .uid("hourly-min")
                .print();

        env.execute("watermarks mid-stream");
    }
}
