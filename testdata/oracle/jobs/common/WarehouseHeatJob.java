package dev.flinklint.oraclejobs;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** First of two entry points sharing {@link WarehouseSetup}: maximum temperature per sensor. */
// oracle: run
public class WarehouseHeatJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WarehouseSetup.applyDefaults(env);

        WarehouseSetup.readings(env)
                .keyBy(r -> r.sensorId)
                .max("temperature")
                .uid("max-temperature")
                .print();

        env.execute("warehouse heat");
    }
}
