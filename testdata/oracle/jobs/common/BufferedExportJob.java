package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * sinkTo a project Sink V2 with a stateful writer ({@link BufferingExportSink}, which
 * implements SupportsWriterState; one class per Flink line).
 */
// oracle: run
public class BufferedExportJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);

        env.fromSource(DemoSources.orders(50), WatermarkStrategy.noWatermarks(), "orders")
                .uid("orders")
                .map(Order::toString)
                .name("order to csv")
                .sinkTo(new BufferingExportSink(1000))
                .uid("buffered-export")
                .name("buffered export")
                .setParallelism(2);

        env.execute("buffered export");
    }
}
