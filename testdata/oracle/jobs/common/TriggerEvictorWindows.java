package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.GlobalWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;
import org.apache.flink.streaming.api.windowing.evictors.CountEvictor;
import org.apache.flink.streaming.api.windowing.triggers.ContinuousProcessingTimeTrigger;
import org.apache.flink.streaming.api.windowing.triggers.CountTrigger;
import org.apache.flink.streaming.api.windowing.triggers.PurgingTrigger;
import org.apache.flink.streaming.api.windowing.windows.GlobalWindow;
import org.apache.flink.util.Collector;

/** Custom triggers and evictors: GlobalWindows + purging count trigger + evictor, and a continuous trigger. */
// oracle: run
public class TriggerEvictorWindows {

    static class LastTen extends ProcessWindowFunction<SensorReading, String, String, GlobalWindow> {
        @Override
        public void process(String sensor, Context ctx, Iterable<SensorReading> readings, Collector<String> out) {
            double sum = 0;
            int n = 0;
            for (SensorReading r : readings) {
                sum += r.temperature;
                n++;
            }
            out.collect(sensor + " mean of last " + n + ": " + (n == 0 ? 0 : sum / n));
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        var readings = env.fromSource(DemoSources.readings(50), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings");

        readings.keyBy(r -> r.sensorId)
                .window(GlobalWindows.create())
                .trigger(PurgingTrigger.of(CountTrigger.of(500)))
                .evictor(CountEvictor.of(10))
                .process(new LastTen())
                .uid("last-ten")
                .print();

        readings.keyBy(r -> r.sensorId)
                .window(TumblingProcessingTimeWindows.of(Duration.ofHours(1)))
                .trigger(ContinuousProcessingTimeTrigger.of(Duration.ofMinutes(5)))
                .max("temperature")
                .uid("running-hourly-max")
                .print();

        env.execute("trigger and evictor windows");
    }
}
