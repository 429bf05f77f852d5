package dev.flinklint.oraclejobs;

import java.util.List;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Operators created in a loop, with uids built from the loop variable and set through a
 * generic helper; a debug branch that only exists when the job gets "--debug" (the oracle
 * runs main without arguments, so Flink's plan has no debug sink).
 */
// oracle: run
public class RegionalFanOut {

    static final List<String> REGIONS = List.of("north", "south", "east");

    static <T> SingleOutputStreamOperator<T> identified(SingleOutputStreamOperator<T> op, String id) {
        return op.uid(id).name(id);
    }

    public static void main(String[] args) throws Exception {
        boolean debug = args.length > 0 && args[0].equals("--debug");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<SensorReading> readings = env
                .fromSource(DemoSources.readings(60), WatermarkStrategy.noWatermarks(), "readings")
                .uid("readings");

        for (int i = 0; i < REGIONS.size(); i++) {
            final String region = REGIONS.get(i);
            final int bucket = i;
            SingleOutputStreamOperator<SensorReading> regional = identified(
                    readings.filter(r -> Math.abs(r.sensorId.hashCode()) % REGIONS.size() == bucket),
                    "filter-" + region);
            SingleOutputStreamOperator<SensorReading> peak = identified(
                    regional.keyBy(r -> r.sensorId).max("temperature"),
                    "peak-" + region);
            peak.print().name("print " + region);
        }

        if (debug) {
            readings.print().name("debug readings");
        }

        env.execute("regional fan-out");
    }
}
