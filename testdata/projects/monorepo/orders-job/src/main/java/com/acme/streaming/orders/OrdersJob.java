// orders-job: configured entirely in code (max parallelism, checkpoint interval, min pause,
// retention, durable s3:// checkpoint storage, RocksDB state backend), so no job-level rule
// fires. Every operator has a uid except the keyed flatMap running OrderDedup, whose
// ValueState is inherited from common's AbstractDedupFunction: one UID001.
package com.acme.streaming.orders;

import com.acme.streaming.common.KafkaConnectors;
import com.acme.streaming.common.Uids;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.configuration.ExternalizedCheckpointRetention;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

import java.time.Duration;

public class OrdersJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setMaxParallelism(256);
        env.enableCheckpointing(60_000L);
        env.getCheckpointConfig().setMinPauseBetweenCheckpoints(30_000L);
        env.getCheckpointConfig().setCheckpointTimeout(600_000L);
        env.getCheckpointConfig().setExternalizedCheckpointRetention(ExternalizedCheckpointRetention.RETAIN_ON_CANCELLATION);
        env.getCheckpointConfig().setCheckpointStorage("s3://acme-flink/checkpoints/orders-job"); // want "API002: setCheckpointStorage is deprecated since Flink 1.19"
        env.setStateBackend(new EmbeddedRocksDBStateBackend(true)); // want "API002: setStateBackend is deprecated since Flink 1.19"

        WatermarkStrategy<Order> watermarks = WatermarkStrategy
                .<Order>forBoundedOutOfOrderness(Duration.ofSeconds(10))
                .withTimestampAssigner((order, previous) -> order.createdAt);

        DataStream<Order> orders = env
                .fromSource(KafkaConnectors.jsonSource("orders", "orders-job", Order.class), watermarks, "orders")
                .uid(Uids.ORDERS_SOURCE)
                .name("orders");

        DataStream<Order> uniqueOrders = orders
                .keyBy(order -> order.orderId)
                .flatMap(new OrderDedup()) // want "UID001: flatMap.*ValueState"
                .name("dedup-orders");

        DataStream<OrderTotal> totals = uniqueOrders
                .filter(order -> !"CANCELLED".equals(order.status))
                .uid(Uids.ORDERS_VALID)
                .keyBy(order -> order.customerId)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))
                .aggregate(new SumOrderAmount())
                .uid(Uids.ORDERS_TOTALS)
                .name("order-totals-5m");

        totals
                .sinkTo(KafkaConnectors.<OrderTotal>jsonSink("order-totals", "orders-job"))
                .uid(Uids.ORDERS_SINK)
                .name("order-totals");

        env.execute("orders-job");
    }
}
