package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * KeyedBroadcastProcessFunction: broadcast thresholds plus keyed ValueState with the
 * number of consecutive readings above the threshold per sensor.
 */
// oracle: run
public class KeyedBroadcastAlerts {

    static final MapStateDescriptor<String, Double> THRESHOLDS =
            new MapStateDescriptor<>("thresholds", Types.STRING, Types.DOUBLE);

    static class ConsecutiveHot extends KeyedBroadcastProcessFunction<String, SensorReading, ThresholdRule, String> {
        private transient ValueState<Integer> streak;

        @Override
        public void open(OpenContext openContext) {
            streak = getRuntimeContext().getState(new ValueStateDescriptor<>("hot-streak", Types.INT));
        }

        @Override
        public void processElement(SensorReading reading, ReadOnlyContext ctx, Collector<String> out)
                throws Exception {
            Double max = ctx.getBroadcastState(THRESHOLDS).get(reading.sensorId);
            if (max == null || reading.temperature <= max) {
                streak.clear();
                return;
            }
            int n = streak.value() == null ? 1 : streak.value() + 1;
            streak.update(n);
            if (n >= 3) {
                out.collect(reading.sensorId + " hot " + n + " times in a row");
            }
        }

        @Override
        public void processBroadcastElement(ThresholdRule rule, Context ctx, Collector<String> out)
                throws Exception {
            ctx.getBroadcastState(THRESHOLDS).put(rule.sensorId, rule.maxTemperature);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataGeneratorSource<ThresholdRule> ruleSource = new DataGeneratorSource<>(
                i -> new ThresholdRule("sensor-" + (i % 9), 25.0 + (i % 15)),
                Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(20),
                TypeInformation.of(ThresholdRule.class));
        BroadcastStream<ThresholdRule> thresholds = env
                .fromSource(ruleSource, WatermarkStrategy.noWatermarks(), "thresholds")
                .uid("thresholds-source")
                .broadcast(THRESHOLDS);

        env.fromSource(DemoSources.readings(60), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings-source")
                .keyBy(r -> r.sensorId)
                .connect(thresholds)
                .process(new ConsecutiveHot())
                .uid("consecutive-hot")
                .print();

        env.execute("keyed broadcast alerts");
    }
}
