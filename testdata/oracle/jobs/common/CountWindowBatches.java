package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.AllWindowFunction;
import org.apache.flink.streaming.api.functions.windowing.WindowFunction;
import org.apache.flink.streaming.api.windowing.windows.GlobalWindow;
import org.apache.flink.util.Collector;

/** Count windows: tumbling with apply(WindowFunction), sliding with reduce, and countWindowAll. */
// oracle: run
public class CountWindowBatches {

    static class BatchTotal implements WindowFunction<Order, String, String, GlobalWindow> {
        @Override
        public void apply(String customer, GlobalWindow window, Iterable<Order> orders, Collector<String> out) {
            double total = 0;
            for (Order o : orders) {
                total += o.amount;
            }
            out.collect(customer + " batch total " + total);
        }
    }

    static class GlobalBatchSize implements AllWindowFunction<Order, Integer, GlobalWindow> {
        @Override
        public void apply(GlobalWindow window, Iterable<Order> orders, Collector<Integer> out) {
            int n = 0;
            for (Order ignored : orders) {
                n++;
            }
            out.collect(n);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Order> orders = env
                .fromSource(DemoSources.orders(40), WatermarkStrategy.noWatermarks(), "orders");

        orders.keyBy(o -> o.customerId)
                .countWindow(1000)
                .apply(new BatchTotal())
                .uid("batches-of-1000")
                .print();

        orders.keyBy(o -> o.product)
                .countWindow(500, 100)
                .reduce((a, b) -> a.amount >= b.amount ? a : b)
                .name("largest of last 500")
                .print();

        orders.countWindowAll(5000)
                .apply(new GlobalBatchSize())
                .uid("global-batches")
                .name("global batch size")
                .print();

        env.execute("count window batches");
    }
}
