package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.ProcessJoinFunction;
import org.apache.flink.util.Collector;

/** Attributes orders to the clicks of the same user in the hour before: an interval join. */
// oracle: run
public class ClickToOrderIntervalJoin {

    static class Attribute extends ProcessJoinFunction<Click, Order, String> {
        @Override
        public void processElement(Click click, Order order, Context ctx, Collector<String> out) {
            out.collect(order.orderId + " after visiting " + click.page);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        KeyedStream<Click, String> clicks = env
                .fromSource(DemoSources.clicks(40), DemoSources.clickWatermarks(), "clicks")
                .map(c -> {
                    c.userId = c.userId.replace("user-", "customer-");
                    return c;
                })
                .name("user to customer id")
                .keyBy(c -> c.userId);
        KeyedStream<Order, String> orders = env
                .fromSource(DemoSources.orders(40), DemoSources.orderWatermarks(), "orders")
                .keyBy(o -> o.customerId);

        clicks.intervalJoin(orders)
                .between(Duration.ofMinutes(0), Duration.ofHours(1))
                .lowerBoundExclusive()
                .process(new Attribute())
                .uid("click-attribution")
                .print();

        env.execute("click to order interval join");
    }
}
