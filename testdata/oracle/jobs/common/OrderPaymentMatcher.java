package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Matches each order with its payment through connect(): a KeyedCoProcessFunction keeps
 * whichever side arrived first in ValueState and clears it with an event-time timer.
 */
// oracle: run
public class OrderPaymentMatcher {

    public static class Matcher extends KeyedCoProcessFunction<Long, Order, Payment, String> {
        private transient ValueState<Order> pendingOrder;
        private transient ValueState<Payment> pendingPayment;

        @Override
        public void open(OpenContext openContext) {
            pendingOrder = getRuntimeContext().getState(new ValueStateDescriptor<>("order", Order.class));
            pendingPayment = getRuntimeContext().getState(new ValueStateDescriptor<>("payment", Payment.class));
        }

        @Override
        public void processElement1(Order order, Context ctx, Collector<String> out) throws Exception {
            Payment payment = pendingPayment.value();
            if (payment != null) {
                out.collect("matched " + order.orderId);
                pendingPayment.clear();
            } else {
                pendingOrder.update(order);
                ctx.timerService().registerEventTimeTimer(order.timestamp + 3_600_000L);
            }
        }

        @Override
        public void processElement2(Payment payment, Context ctx, Collector<String> out) throws Exception {
            Order order = pendingOrder.value();
            if (order != null) {
                out.collect("matched " + order.orderId);
                pendingOrder.clear();
            } else {
                pendingPayment.update(payment);
                ctx.timerService().registerEventTimeTimer(payment.timestamp + 3_600_000L);
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
            if (pendingOrder.value() != null) {
                out.collect("order without payment: " + ctx.getCurrentKey());
            }
            pendingOrder.clear();
            pendingPayment.clear();
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        var orders = env.fromSource(DemoSources.orders(40), DemoSources.orderWatermarks(), "orders")
                .uid("orders");
        var payments = env.fromSource(DemoSources.payments(35), DemoSources.paymentWatermarks(), "payments")
                .uid("payments");

        orders.keyBy(o -> o.orderId)
                .connect(payments.keyBy(p -> p.orderId))
                .process(new Matcher())
                .uid("order-payment-matcher")
                .name("match orders and payments")
                .print();

        env.execute("order payment matcher");
    }
}
