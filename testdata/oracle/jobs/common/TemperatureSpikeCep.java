package dev.flinklint.oraclejobs;

import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.cep.CEP;
import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.SimpleCondition;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/** CEP in processing time on generated sensor readings: a cool reading followed by a hot one. */
// oracle: run
public class TemperatureSpikeCep {

    static class Spike extends PatternProcessFunction<SensorReading, String> {
        @Override
        public void processMatch(Map<String, List<SensorReading>> match, Context ctx, Collector<String> out) {
            out.collect("spike on " + match.get("hot").get(0).sensorId);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        var bySensor = env.fromSource(DemoSources.readings(50), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings")
                .keyBy(r -> r.sensorId);

        Pattern<SensorReading, SensorReading> spike = Pattern.<SensorReading>begin("cool")
                .where(SimpleCondition.of(r -> r.temperature < 20))
                .followedBy("hot")
                .where(SimpleCondition.of(r -> r.temperature > 40));

        CEP.pattern(bySensor, spike)
                .inProcessingTime()
                .process(new Spike())
                .uid("spike-detector")
                .print();

        env.execute("temperature spike CEP");
    }
}
