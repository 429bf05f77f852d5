package dev.flinklint.oraclejobs;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.ProcessJoinFunction;
import org.apache.flink.streaming.api.functions.windowing.RichProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.time.Time;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * 1.x window sizes given as Time (removed in 2.0): tumbling and sliding windows,
 * allowedLateness(Time), an interval join between(Time, Time), RichProcessWindowFunction.
 */
// oracle: run
public class TimeBasedWindowsJob {

    @SuppressWarnings("deprecation")
    static class CountPerWindow extends RichProcessWindowFunction<Order, String, String, TimeWindow> {
        @Override
        public void process(String key, Context ctx, Iterable<Order> orders, Collector<String> out) {
            int n = 0;
            for (Order ignored : orders) {
                n++;
            }
            out.collect(key + ": " + n);
        }
    }

    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Order> orders = env
                .fromSource(DemoSources.orders(40), DemoSources.orderWatermarks(), "orders")
                .uid("orders");
        DataStream<Payment> payments = env
                .fromSource(DemoSources.payments(40), DemoSources.paymentWatermarks(), "payments")
                .uid("payments");

        orders.keyBy(o -> o.customerId)
                .window(TumblingEventTimeWindows.of(Time.hours(1)))
                .allowedLateness(Time.minutes(5))
                .process(new CountPerWindow())
                .uid("orders-per-hour")
                .print();

        orders.keyBy(o -> o.product)
                .window(SlidingEventTimeWindows.of(Time.hours(6), Time.hours(1)))
                .sum("amount")
                .uid("six-hour-revenue")
                .print();

        KeyedStream<Order, Long> ordersById = orders.keyBy(o -> o.orderId);
        KeyedStream<Payment, Long> paymentsById = payments.keyBy(p -> p.orderId);
        ordersById.intervalJoin(paymentsById)
                .between(Time.seconds(0), Time.hours(2))
                .process(new ProcessJoinFunction<Order, Payment, String>() {
                    @Override
                    public void processElement(Order o, Payment p, Context ctx, Collector<String> out) {
                        out.collect(o.orderId + " settled");
                    }
                })
                .uid("settlement-join")
                .print();

        env.execute("time-based windows (1.x)");
    }
}
