package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.functions.JoinFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/**
 * A window join of orders and payments on the order id, in one-hour event-time windows.
 * The uid is set through a cast of the join result.
 */
// oracle: run
public class OrderPaymentWindowJoin {

    static class PaidOrder implements JoinFunction<Order, Payment, String> {
        @Override
        public String join(Order order, Payment payment) {
            return "order " + order.orderId + " paid by " + payment.accountId;
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Order> orders = env
                .fromSource(DemoSources.orders(40), DemoSources.orderWatermarks(), "orders")
                .uid("orders");
        DataStream<Payment> payments = env
                .fromSource(DemoSources.payments(40), DemoSources.paymentWatermarks(), "payments")
                .uid("payments");

        // In 1.20 apply() is declared to return DataStream; the usual idiom casts to set a uid.
        DataStream<String> joined = orders.join(payments)
                .where(o -> o.orderId)
                .equalTo(p -> p.orderId)
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1)))
                .apply(new PaidOrder());
        ((SingleOutputStreamOperator<String>) joined)
                .uid("paid-orders")
                .name("join orders and payments");
        joined.print();

        env.execute("order payment window join");
    }
}
