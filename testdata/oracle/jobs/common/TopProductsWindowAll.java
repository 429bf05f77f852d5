package dev.flinklint.oraclejobs;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessAllWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** A non-keyed windowAll with a ProcessAllWindowFunction (always parallelism 1). */
// oracle: run
public class TopProductsWindowAll {

    static class TopProduct extends ProcessAllWindowFunction<Order, String, TimeWindow> {
        @Override
        public void process(Context ctx, Iterable<Order> orders, Collector<String> out) {
            Map<String, Integer> counts = new HashMap<>();
            for (Order o : orders) {
                counts.merge(o.product, 1, Integer::sum);
            }
            counts.entrySet().stream()
                    .max(Map.Entry.comparingByValue())
                    .ifPresent(e -> out.collect("top product: " + e.getKey()));
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.orders(40), WatermarkStrategy.noWatermarks(), "orders")
                .windowAll(TumblingProcessingTimeWindows.of(Duration.ofHours(1)))
                .process(new TopProduct())
                .uid("top-product")
                .name("top product per hour")
                .print();

        env.execute("top products (windowAll)");
    }
}
