package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Edge cases for "is this operator stateful": a KeyedProcessFunction that registers
 * processing-time timers but declares no state, and one on the same keyed stream that
 * uses neither state nor timers.
 */
// oracle: run
public class TimerOnlyReminders {

    /** Reminds the customer an hour after each order; timers only. */
    static class Reminder extends KeyedProcessFunction<String, Order, String> {
        @Override
        public void processElement(Order order, Context ctx, Collector<String> out) {
            ctx.timerService().registerProcessingTimeTimer(
                    ctx.timerService().currentProcessingTime() + 3_600_000L);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) {
            out.collect("remind " + ctx.getCurrentKey());
        }
    }

    /** Keyed, but uses nothing keyed: only the current key. */
    static class TagWithKey extends KeyedProcessFunction<String, Order, String> {
        @Override
        public void processElement(Order order, Context ctx, Collector<String> out) {
            out.collect(ctx.getCurrentKey() + "/" + order.orderId);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        KeyedStream<Order, String> byCustomer = env
                .fromSource(DemoSources.orders(40), WatermarkStrategy.noWatermarks(), "orders")
                .uid("orders")
                .keyBy(o -> o.customerId);

        byCustomer.process(new Reminder()).uid("reminders").name("reminders").print();
        byCustomer.process(new TagWithKey()).uid("tag-with-key").name("tag with key").print();

        env.execute("timer-only reminders");
    }
}
