package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Job-wide and per-operator parallelism and max parallelism, set through literals and constants. */
// oracle: run
public class ParallelismTuning {

    static final int JOB_PARALLELISM = 3;
    static final int AGG_MAX_PARALLELISM = 512;

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(JOB_PARALLELISM);
        env.setMaxParallelism(1024);

        DataStream<SensorReading> readings = env
                .fromSource(DemoSources.readings(60), WatermarkStrategy.noWatermarks(), "readings")
                .setParallelism(1)
                .uid("readings");

        SingleOutputStreamOperator<SensorReading> celsius = readings
                .map(r -> new SensorReading(r.sensorId, (r.temperature - 32) / 1.8, r.timestamp))
                .setParallelism(4)
                .name("to celsius");

        SingleOutputStreamOperator<SensorReading> peaks = celsius
                .keyBy(r -> r.sensorId)
                .max("temperature");
        peaks.setParallelism(2);
        peaks.setMaxParallelism(AGG_MAX_PARALLELISM);
        peaks.uid("peaks");

        peaks.filter(r -> r.temperature > 20)
                .setMaxParallelism(128)
                .print()
                .setParallelism(1);

        env.execute("parallelism tuning");
    }
}
