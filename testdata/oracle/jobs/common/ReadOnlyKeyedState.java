package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Edge cases for "is this operator stateful": a keyed RichMapFunction that registers
 * ValueState but only ever reads it, next to one that registers and writes it.
 */
// oracle: run
public class ReadOnlyKeyedState {

    /** Declares state in open() and reads it; nothing ever writes it. */
    static class DefaultTier extends RichMapFunction<Order, String> {
        private transient ValueState<String> tier;

        @Override
        public void open(OpenContext openContext) {
            tier = getRuntimeContext().getState(new ValueStateDescriptor<>("tier", Types.STRING));
        }

        @Override
        public String map(Order order) throws Exception {
            String t = tier.value();
            return order.customerId + " is " + (t == null ? "standard" : t);
        }
    }

    /** Declares and writes state. */
    static class FirstOrder extends RichMapFunction<Order, String> {
        private transient ValueState<Long> first;

        @Override
        public void open(OpenContext openContext) {
            first = getRuntimeContext().getState(new ValueStateDescriptor<>("first-order", Types.LONG));
        }

        @Override
        public String map(Order order) throws Exception {
            if (first.value() == null) {
                first.update(order.orderId);
            }
            return order.customerId + " first ordered " + first.value();
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        var orders = env.fromSource(DemoSources.orders(40), WatermarkStrategy.noWatermarks(), "orders")
                .uid("orders");

        orders.keyBy(o -> o.customerId).map(new DefaultTier()).uid("default-tier").print();
        orders.keyBy(o -> o.customerId).map(new FirstOrder()).uid("first-order").print();

        env.execute("read-only keyed state");
    }
}
