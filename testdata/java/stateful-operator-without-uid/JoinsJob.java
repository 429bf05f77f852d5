// UID001: window joins and coGroups buffer both inputs per window; interval joins buffer both
// sides per key. Reported on the final .apply(...) of a window join/coGroup and on the
// .process(...) after .between(...). The window join with uid() is silent.
package com.example.uid001;

import org.apache.flink.api.common.functions.CoGroupFunction;
import org.apache.flink.api.common.functions.JoinFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.ProcessJoinFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.Collector;

import java.time.Duration;

public class JoinsJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> clicks = env
                .fromSource(KafkaConnectors.events("clicks"), KafkaConnectors.watermarks(), "clicks")
                .uid("clicks-source");
        DataStream<Event> impressions = env
                .fromSource(KafkaConnectors.events("impressions"), KafkaConnectors.watermarks(), "impressions")
                .uid("impressions-source");

        DataStream<String> joined = clicks
                .join(impressions)
                .where(c -> c.userId)
                .equalTo(i -> i.userId)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .apply(new ClickImpressionJoin()); // want "UID001"

        DataStream<String> grouped = clicks
                .coGroup(impressions)
                .where(c -> c.userId)
                .equalTo(i -> i.userId)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .apply(new CountBoth()); // want "UID001"

        DataStream<String> intervalJoined = clicks
                .keyBy(c -> c.userId)
                .intervalJoin(impressions.keyBy(i -> i.userId))
                .between(Duration.ofMinutes(-5), Duration.ofMinutes(1))
                .process(new ClickAfterImpression()); // want "UID001"

        DataStream<String> joinedWithUid = clicks
                .join(impressions)
                .where(c -> c.userId)
                .equalTo(i -> i.userId)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(5)))
                .apply(new ClickImpressionJoin())
                .uid("click-impression-join-5m");

        joined.union(grouped, intervalJoined, joinedWithUid).print();

        env.execute("joins");
    }

    public static class ClickImpressionJoin implements JoinFunction<Event, Event, String> {
        @Override
        public String join(Event click, Event impression) {
            return click.userId + " clicked after " + impression.type;
        }
    }

    public static class CountBoth implements CoGroupFunction<Event, Event, String> {
        @Override
        public void coGroup(Iterable<Event> clicks, Iterable<Event> impressions, Collector<String> out) {
            int c = 0;
            int i = 0;
            for (Event ignored : clicks) {
                c++;
            }
            for (Event ignored : impressions) {
                i++;
            }
            out.collect(c + "/" + i);
        }
    }

    public static class ClickAfterImpression extends ProcessJoinFunction<Event, Event, String> {
        @Override
        public void processElement(Event click, Event impression, Context ctx, Collector<String> out) {
            out.collect(click.userId + " converted in " + (click.timestamp - impression.timestamp) + " ms");
        }
    }
}
