package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The built-in keyed aggregations on one keyed stream: min/max/minBy/maxBy on a POJO
 * field, sum on a tuple position, and reduce with a lambda.
 */
// oracle: run
public class SensorKeyedAggregations {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<SensorReading> readings = env
                .fromSource(DemoSources.readings(50), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings");
        KeyedStream<SensorReading, String> bySensor = readings.keyBy(r -> r.sensorId);

        bySensor.min("temperature").uid("min-temp").print().name("print min");
        bySensor.max("temperature").uid("max-temp").print().name("print max");
        bySensor.minBy("temperature").name("coldest reading").print();
        bySensor.maxBy("temperature", false).name("hottest reading (last)").print();
        bySensor.reduce((a, b) -> a.temperature >= b.temperature ? a : b)
                .uid("peak-reduce")
                .name("peak via reduce")
                .print();

        readings.map(r -> Tuple3.of(r.sensorId, r.temperature, 1L))
                .returns(Types.TUPLE(Types.STRING, Types.DOUBLE, Types.LONG))
                .keyBy(t -> t.f0)
                .sum(2)
                .uid("reading-count")
                .name("readings per sensor")
                .print();

        env.execute("sensor keyed aggregations");
    }
}
