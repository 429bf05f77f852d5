package dev.flinklint.oraclejobs;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;
import org.apache.flink.streaming.api.functions.sink.PrintSinkFunction;

/**
 * 1.x-only file and sink APIs: env.readTextFile, env.fromElements, a legacy
 * PrintSinkFunction and the legacy DiscardingSink through addSink. Planned only.
 */
public class LegacyTextFileJob {
    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        var lines = env.readTextFile("/data/legacy/orders.csv").name("orders file");
        var extra = env.fromElements("0,manual,0.0").name("manual order");

        lines.union(extra)
                .filter(l -> !l.startsWith("#"))
                .addSink(new PrintSinkFunction<>("orders", false))
                .name("print orders");

        lines.addSink(new DiscardingSink<>()).name("discard");

        env.execute("legacy text file");
    }
}
