package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.functions.CoGroupFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.Collector;

/** coGroup of orders and payments per account in one-hour windows: finds unpaid orders.
 * The coGroup operator itself gets no uid or name. */
// oracle: run
public class OrderPaymentCoGroup {

    static class Unpaid implements CoGroupFunction<Order, Payment, String> {
        @Override
        public void coGroup(Iterable<Order> orders, Iterable<Payment> payments, Collector<String> out) {
            double ordered = 0;
            double paid = 0;
            for (Order o : orders) {
                ordered += o.amount;
            }
            for (Payment p : payments) {
                paid += p.amount;
            }
            if (ordered > paid) {
                out.collect("unpaid: " + (ordered - paid));
            }
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        var orders = env.fromSource(DemoSources.orders(30), DemoSources.orderWatermarks(), "orders");
        var payments = env.fromSource(DemoSources.payments(30), DemoSources.paymentWatermarks(), "payments");

        orders.coGroup(payments)
                .where(o -> o.orderId % 5)
                .equalTo(p -> p.orderId % 5)
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1)))
                .apply(new Unpaid())
                .print()
                .name("print unpaid");

        env.execute("order payment coGroup");
    }
}
