package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/** The broadcast state pattern on a non-keyed stream: rules are broadcast, readings filtered. */
// oracle: run
public class BroadcastRulesFilter {

    static final MapStateDescriptor<String, ThresholdRule> RULES =
            new MapStateDescriptor<>("rules", Types.STRING, TypeInformation.of(ThresholdRule.class));

    static class ApplyRules extends BroadcastProcessFunction<SensorReading, ThresholdRule, String> {
        @Override
        public void processElement(SensorReading reading, ReadOnlyContext ctx, Collector<String> out)
                throws Exception {
            ReadOnlyBroadcastState<String, ThresholdRule> rules = ctx.getBroadcastState(RULES);
            ThresholdRule rule = rules.get(reading.sensorId);
            if (rule == null) {
                rule = rules.get("*");
            }
            if (rule != null && reading.temperature > rule.maxTemperature) {
                out.collect("too hot: " + reading);
            }
        }

        @Override
        public void processBroadcastElement(ThresholdRule rule, Context ctx, Collector<String> out)
                throws Exception {
            BroadcastState<String, ThresholdRule> rules = ctx.getBroadcastState(RULES);
            rules.put(rule.sensorId, rule);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<SensorReading> readings =
                env.fromSource(DemoSources.readings(50), WatermarkStrategy.noWatermarks(), "readings");

        DataGeneratorSource<ThresholdRule> ruleSource = new DataGeneratorSource<>(
                i -> new ThresholdRule(i % 4 == 0 ? "*" : "sensor-" + (i % 9), 30.0 + (i % 10)),
                Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(20),
                TypeInformation.of(ThresholdRule.class));
        BroadcastStream<ThresholdRule> rules = env
                .fromSource(ruleSource, WatermarkStrategy.noWatermarks(), "rules")
                .setParallelism(1)
                .broadcast(RULES);

        readings.connect(rules)
                .process(new ApplyRules())
                .uid("apply-rules")
                .name("apply threshold rules")
                .print();

        env.execute("broadcast rules filter");
    }
}
