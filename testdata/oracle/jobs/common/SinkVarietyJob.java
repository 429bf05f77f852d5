package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** One stream into several sinks: print(), printToErr(), print with an identifier, DiscardingSink. */
// oracle: run
public class SinkVarietyJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Order> orders = env
                .fromSource(DemoSources.orders(30), WatermarkStrategy.noWatermarks(), "orders");

        orders.print();
        orders.printToErr().name("stderr").setParallelism(1);
        orders.print("orders").uid("print-orders");
        orders.sinkTo(new DiscardingSink<>()).uid("discard-orders").name("discard").setParallelism(3);
        orders.map(o -> o.amount).sinkTo(new DiscardingSink<Double>());

        env.execute("sink variety");
    }
}
