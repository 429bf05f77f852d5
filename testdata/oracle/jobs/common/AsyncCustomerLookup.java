package dev.flinklint.oraclejobs;

import java.util.Collections;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.async.AsyncFunction;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;

/** Async I/O enrichment: orderedWait with a RichAsyncFunction, unorderedWait with an AsyncFunction. */
// oracle: run
public class AsyncCustomerLookup {

    /** Pretends to look the customer's tier up in a remote service. */
    static class CustomerTierLookup extends RichAsyncFunction<Order, String> {
        private transient String region;

        @Override
        public void open(OpenContext openContext) {
            region = "eu-west";
        }

        @Override
        public void asyncInvoke(Order order, ResultFuture<String> resultFuture) {
            CompletableFuture
                    .supplyAsync(() -> order.customerId.hashCode() % 3 == 0 ? "gold" : "standard")
                    .thenAccept(tier -> resultFuture.complete(
                            Collections.singleton(order.orderId + " " + tier + " " + region)));
        }
    }

    static class FraudScore implements AsyncFunction<String, String> {
        @Override
        public void asyncInvoke(String line, ResultFuture<String> resultFuture) {
            CompletableFuture
                    .supplyAsync(() -> line.length() % 10)
                    .thenAccept(score -> resultFuture.complete(Collections.singleton(line + " score=" + score)));
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Order> orders = env
                .fromSource(DemoSources.orders(50), WatermarkStrategy.noWatermarks(), "orders")
                .uid("orders");

        SingleOutputStreamOperator<String> withTier = AsyncDataStream
                .orderedWait(orders, new CustomerTierLookup(), 5, TimeUnit.SECONDS, 100)
                .uid("tier-lookup")
                .name("customer tier lookup");

        DataStream<String> scored = AsyncDataStream
                .unorderedWait(withTier, new FraudScore(), 2000, TimeUnit.MILLISECONDS)
                .name("fraud score");

        scored.print();

        env.execute("async customer lookup");
    }
}
