package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Hot-sensor alerts built by static and instance helper methods that take and
 * return streams.
 */
// oracle: run
public class SensorAlertsHelperMethods {

    private final double threshold;

    SensorAlertsHelperMethods(double threshold) {
        this.threshold = threshold;
    }

    static DataStream<SensorReading> readings(StreamExecutionEnvironment env) {
        return env.fromSource(DemoSources.readings(60), WatermarkStrategy.noWatermarks(), "sensor readings")
                .uid("readings-source");
    }

    static KeyedStream<SensorReading, String> bySensor(DataStream<SensorReading> readings) {
        return readings.keyBy(r -> r.sensorId);
    }

    DataStream<SensorReading> onlyHot(DataStream<SensorReading> readings) {
        final double limit = threshold;
        return readings.filter(r -> r.temperature > limit).name("hot readings");
    }

    SingleOutputStreamOperator<SensorReading> hottestPerSensor(KeyedStream<SensorReading, String> keyed) {
        return keyed.maxBy("temperature").uid("hottest-per-sensor").name("hottest per sensor");
    }

    static void emit(DataStream<?> alerts, String name) {
        alerts.print().name(name);
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        SensorAlertsHelperMethods job = new SensorAlertsHelperMethods(35.0);

        DataStream<SensorReading> all = readings(env);
        DataStream<SensorReading> hot = job.onlyHot(all);
        SingleOutputStreamOperator<SensorReading> hottest = job.hottestPerSensor(bySensor(hot));
        emit(hottest, "print hottest");

        env.execute("sensor alerts (helper methods)");
    }
}
