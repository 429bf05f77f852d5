package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Running order totals per customer, written as one fluent chain. */
// oracle: run
public class OrderTotalsFluent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.orders(50), WatermarkStrategy.noWatermarks(), "orders")
                .uid("orders-source")
                .filter(o -> o.amount > 10.0)
                .name("large orders")
                .map(o -> Tuple2.of(o.customerId, o.amount))
                .returns(Types.TUPLE(Types.STRING, Types.DOUBLE))
                .name("to (customer, amount)")
                .keyBy(t -> t.f0)
                .sum(1)
                .uid("customer-totals")
                .name("running totals")
                .print()
                .name("print totals");

        env.execute("order totals (fluent)");
    }
}
