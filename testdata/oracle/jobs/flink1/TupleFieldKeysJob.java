package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.timestamps.BoundedOutOfOrdernessTimestampExtractor;
import org.apache.flink.streaming.api.windowing.time.Time;

/**
 * 1.x-only keying and time APIs removed in 2.0: keyBy(int) on a tuple position, keyBy(String)
 * on a POJO field, timeWindowAll(Time), and a legacy AssignerWithPeriodicWatermarks.
 */
// oracle: run
public class TupleFieldKeysJob {

    static class ReadingTime extends BoundedOutOfOrdernessTimestampExtractor<SensorReading> {
        ReadingTime() {
            super(Time.seconds(10));
        }

        @Override
        public long extractTimestamp(SensorReading reading) {
            return reading.timestamp;
        }
    }

    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<SensorReading> readings = env
                .fromSource(DemoSources.readings(50), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings")
                .assignTimestampsAndWatermarks(new ReadingTime())
                .uid("legacy-watermarks");

        readings.map(r -> Tuple2.of(r.sensorId, 1L))
                .returns(Types.TUPLE(Types.STRING, Types.LONG))
                .keyBy(0)
                .sum(1)
                .uid("count-by-position")
                .print();

        readings.keyBy("sensorId")
                .max("temperature")
                .uid("max-by-field-name")
                .print();

        readings.timeWindowAll(Time.hours(1))
                .maxBy("temperature")
                .uid("hourly-hottest")
                .print();

        env.execute("tuple and field keys (1.x)");
    }
}
