package dev.flinklint.oraclejobs;

import java.util.Locale;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/**
 * Only stateless operators: plain and rich map/filter/flatMap. The rich functions use
 * open(), metrics and the task info, but no state, so no operator here holds user state.
 */
// oracle: run
public class StatelessEnrichment {

    static class Normalize extends RichMapFunction<Order, Order> {
        private transient Locale locale;
        private transient int subtask;

        @Override
        public void open(OpenContext openContext) {
            locale = Locale.ROOT;
            subtask = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask();
        }

        @Override
        public Order map(Order order) {
            order.product = order.product.toUpperCase(locale) + "@" + subtask;
            return order;
        }
    }

    static class CountingFilter extends RichFilterFunction<Order> {
        private transient Counter dropped;

        @Override
        public void open(OpenContext openContext) {
            dropped = getRuntimeContext().getMetricGroup().counter("dropped");
        }

        @Override
        public boolean filter(Order order) {
            boolean keep = order.amount > 7.5;
            if (!keep) {
                dropped.inc();
            }
            return keep;
        }
    }

    static class SplitProduct extends RichFlatMapFunction<Order, String> {
        @Override
        public void flatMap(Order order, Collector<String> out) {
            for (String part : order.product.split("-")) {
                out.collect(part);
            }
        }
    }

    static class Tokenize implements FlatMapFunction<String, String> {
        @Override
        public void flatMap(String value, Collector<String> out) {
            for (String token : value.split("@")) {
                if (!token.isEmpty()) {
                    out.collect(token.toLowerCase(Locale.ROOT));
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.orders(30), WatermarkStrategy.noWatermarks(), "orders")
                .map(new Normalize()).name("normalize")
                .filter(new CountingFilter()).name("counting filter")
                .flatMap(new SplitProduct()).name("split product")
                .flatMap(new Tokenize()).name("tokenize")
                .filter(s -> s.length() > 1)
                .map(String::trim)
                .print();

        env.execute("stateless enrichment");
    }
}
