package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.OutputTag;

/** An event-time window with allowedLateness and sideOutputLateData; late orders go to a side output. */
// oracle: run
public class LateOrdersSideOutput {

    static final OutputTag<Order> LATE = new OutputTag<Order>("late-orders") {};

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        SingleOutputStreamOperator<Order> biggest = env
                .fromSource(DemoSources.orders(50), DemoSources.orderWatermarks(), "orders")
                .uid("orders")
                .keyBy(o -> o.customerId)
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1)))
                .allowedLateness(Duration.ofMinutes(10))
                .sideOutputLateData(LATE)
                .maxBy("amount")
                .uid("biggest-order-per-hour")
                .name("biggest order per hour");

        biggest.print().name("print biggest");
        biggest.getSideOutput(LATE)
                .map(o -> "late: " + o)
                .name("format late")
                .print()
                .name("print late");

        env.execute("late orders side output");
    }
}
