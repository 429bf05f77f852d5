package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;

/**
 * Hourly revenue per product: a processing-time tumbling window with reduce, and an
 * event-time tumbling window with an AggregateFunction.
 */
// oracle: run
public class HourlyRevenueTumbling {

    /** Average order amount: accumulator is (sum, count). */
    static class AverageAmount implements AggregateFunction<Order, Tuple2<Double, Long>, Double> {
        @Override
        public Tuple2<Double, Long> createAccumulator() {
            return Tuple2.of(0.0, 0L);
        }

        @Override
        public Tuple2<Double, Long> add(Order order, Tuple2<Double, Long> acc) {
            return Tuple2.of(acc.f0 + order.amount, acc.f1 + 1);
        }

        @Override
        public Double getResult(Tuple2<Double, Long> acc) {
            return acc.f1 == 0 ? 0.0 : acc.f0 / acc.f1;
        }

        @Override
        public Tuple2<Double, Long> merge(Tuple2<Double, Long> a, Tuple2<Double, Long> b) {
            return Tuple2.of(a.f0 + b.f0, a.f1 + b.f1);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Order> orders = env
                .fromSource(DemoSources.orders(60), DemoSources.orderWatermarks(), "orders")
                .uid("orders");

        orders.map(o -> Tuple2.of(o.product, o.amount))
                .returns(Types.TUPLE(Types.STRING, Types.DOUBLE))
                .keyBy(t -> t.f0)
                .window(TumblingProcessingTimeWindows.of(Duration.ofHours(1)))
                .reduce((a, b) -> Tuple2.of(a.f0, a.f1 + b.f1))
                .uid("hourly-revenue")
                .name("hourly revenue (processing time)")
                .print();

        orders.keyBy(o -> o.customerId)
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1)))
                .aggregate(new AverageAmount())
                .uid("hourly-average")
                .name("hourly average (event time)")
                .print();

        env.execute("hourly revenue (tumbling windows)");
    }
}
