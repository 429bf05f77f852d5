package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.ConnectedStreams;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.CoFlatMapFunction;
import org.apache.flink.streaming.api.functions.co.CoMapFunction;
import org.apache.flink.streaming.api.functions.co.CoProcessFunction;
import org.apache.flink.util.Collector;

/**
 * connect() without keys and without state: a CoMapFunction, a CoFlatMapFunction and a
 * CoProcessFunction that only keeps a plain (non-state) field.
 */
// oracle: run
public class CurrencyConnectStateless {

    static class ToCents implements CoMapFunction<Order, Payment, Long> {
        @Override
        public Long map1(Order order) {
            return Math.round(order.amount * 100);
        }

        @Override
        public Long map2(Payment payment) {
            return -Math.round(payment.amount * 100);
        }
    }

    static class Describe implements CoFlatMapFunction<Order, Payment, String> {
        @Override
        public void flatMap1(Order order, Collector<String> out) {
            out.collect("order " + order.orderId);
        }

        @Override
        public void flatMap2(Payment payment, Collector<String> out) {
            out.collect("payment " + payment.paymentId);
            out.collect("account " + payment.accountId);
        }
    }

    static class LastSeen extends CoProcessFunction<Order, Payment, String> {
        private long lastOrder = -1;

        @Override
        public void processElement1(Order order, Context ctx, Collector<String> out) {
            lastOrder = order.orderId;
        }

        @Override
        public void processElement2(Payment payment, Context ctx, Collector<String> out) {
            if (payment.orderId > lastOrder) {
                out.collect("payment ahead of orders: " + payment.orderId);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Order> orders = env.fromSource(DemoSources.orders(30), WatermarkStrategy.noWatermarks(), "orders");
        DataStream<Payment> payments = env.fromSource(DemoSources.payments(30), WatermarkStrategy.noWatermarks(), "payments");

        ConnectedStreams<Order, Payment> both = orders.connect(payments);
        both.map(new ToCents()).name("to cents").print();
        both.flatMap(new Describe()).name("describe").print();
        both.process(new LastSeen()).name("last seen").uid("last-seen").print();

        env.execute("currency connect (stateless)");
    }
}
