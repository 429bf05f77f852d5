package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.SlidingProcessingTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * Sliding averages per sensor: event-time sliding windows with aggregate(AggregateFunction,
 * ProcessWindowFunction), and a processing-time sliding window with a lambda reduce.
 */
// oracle: run
public class SlidingTemperatureAverage {

    static class MeanTemperature implements AggregateFunction<SensorReading, double[], Double> {
        @Override
        public double[] createAccumulator() {
            return new double[2];
        }

        @Override
        public double[] add(SensorReading r, double[] acc) {
            acc[0] += r.temperature;
            acc[1] += 1;
            return acc;
        }

        @Override
        public Double getResult(double[] acc) {
            return acc[1] == 0 ? 0.0 : acc[0] / acc[1];
        }

        @Override
        public double[] merge(double[] a, double[] b) {
            a[0] += b[0];
            a[1] += b[1];
            return a;
        }
    }

    static class LabelWindow extends ProcessWindowFunction<Double, String, String, TimeWindow> {
        @Override
        public void process(String sensor, Context ctx, Iterable<Double> means, Collector<String> out) {
            Double mean = means.iterator().next();
            out.collect(sensor + " [" + ctx.window().getStart() + ", " + ctx.window().getEnd() + "): " + mean);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        var readings = env.fromSource(DemoSources.readings(50), DemoSources.readingWatermarks(), "readings");

        readings.keyBy(r -> r.sensorId)
                .window(SlidingEventTimeWindows.of(Duration.ofHours(2), Duration.ofMinutes(30)))
                .aggregate(new MeanTemperature(), new LabelWindow())
                .uid("sliding-mean")
                .name("2h sliding mean")
                .print();

        readings.keyBy(r -> r.sensorId)
                .window(SlidingProcessingTimeWindows.of(Duration.ofHours(1), Duration.ofMinutes(15)))
                .reduce((a, b) -> a.temperature > b.temperature ? a : b)
                .name("1h sliding peak")
                .print();

        env.execute("sliding temperature average");
    }
}
