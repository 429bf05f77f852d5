package dev.flinklint.oraclejobs;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** Second entry point sharing {@link WarehouseSetup}: stateless audit formatting. */
// oracle: run
public class WarehouseAuditJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        WarehouseSetup.applyDefaults(env);
        env.setParallelism(1);

        DataStream<String> audit = WarehouseSetup.readings(env)
                .map(r -> r.sensorId + " reported " + r.temperature)
                .name("format audit line");
        audit.sinkTo(new DiscardingSink<>()).name("discard audit").uid("audit-sink");

        env.execute("warehouse audit");
    }
}
