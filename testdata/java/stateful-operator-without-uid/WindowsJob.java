// UID001: everything after window/windowAll/countWindow keeps window contents, triggers and
// timers. The finding is on the method that creates the operator (reduce, aggregate, apply,
// process, sum, ...), never on the .window(...) line. The countWindowAll with uid() is silent.
package com.example.uid001;

import com.example.uid001.functions.CountAggregate;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.functions.windowing.WindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.assigners.SlidingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

import java.time.Duration;

public class WindowsJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("activity"), KafkaConnectors.watermarks(), "activity")
                .uid("activity-source");

        KeyedStream<Event, String> byUser = events.keyBy(e -> e.userId);

        DataStream<Event> reduced = byUser
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .reduce((a, b) -> a.merge(b)); // want "UID001"

        DataStream<Long> counts = byUser
                .window(SlidingEventTimeWindows.of(Duration.ofMinutes(10), Duration.ofMinutes(1)))
                .aggregate(new CountAggregate()); // want "UID001: aggregate.*window"

        DataStream<String> summaries = byUser
                .window(EventTimeSessionWindows.withGap(Duration.ofMinutes(30)))
                .apply(new SummarizeSession()); // want "UID001"

        DataStream<String> described = byUser
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1)))
                .process(new DescribeWindow()); // want "UID001"

        DataStream<Event> summed = byUser
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))
                .sum("amount"); // want "UID001"

        DataStream<Event> global = events
                .windowAll(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .reduce((a, b) -> a.merge(b)); // want "UID001"

        DataStream<Event> perHundred = byUser
                .countWindow(100)
                .sum("amount"); // want "UID001"

        DataStream<Event> largestPerThousand = events
                .countWindowAll(1000)
                .maxBy("amount")
                .uid("largest-per-1000");

        reduced.union(summed, global, perHundred, largestPerThousand).print();
        counts.print();
        summaries.union(described).print();

        env.execute("windows");
    }

    public static class SummarizeSession implements WindowFunction<Event, String, String, TimeWindow> {
        @Override
        public void apply(String key, TimeWindow window, Iterable<Event> input, Collector<String> out) {
            long n = 0;
            for (Event ignored : input) {
                n++;
            }
            out.collect(key + " had " + n + " events in session ending " + window.getEnd());
        }
    }

    public static class DescribeWindow extends ProcessWindowFunction<Event, String, String, TimeWindow> {
        @Override
        public void process(String key, Context context, Iterable<Event> elements, Collector<String> out) {
            out.collect(key + "@" + context.window().getStart());
        }
    }
}
