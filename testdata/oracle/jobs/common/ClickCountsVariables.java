package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.datastream.DataStreamSource;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Clicks per user, with every stage kept in a local variable and uids, names and
 * parallelism set on the variables after the operator was created. One variable
 * is reassigned.
 */
// oracle: run
public class ClickCountsVariables {

    static class ToUserCount implements MapFunction<Click, Tuple2<String, Long>> {
        @Override
        public Tuple2<String, Long> map(Click click) {
            return Tuple2.of(click.userId, 1L);
        }
    }

    static class UserKey implements KeySelector<Tuple2<String, Long>, String> {
        @Override
        public String getKey(Tuple2<String, Long> value) {
            return value.f0;
        }
    }

    static class AddCounts implements ReduceFunction<Tuple2<String, Long>> {
        @Override
        public Tuple2<String, Long> reduce(Tuple2<String, Long> a, Tuple2<String, Long> b) {
            return Tuple2.of(a.f0, a.f1 + b.f1);
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStreamSource<Click> source =
                env.fromSource(DemoSources.clicks(40), WatermarkStrategy.noWatermarks(), "clicks");
        source.uid("clicks-source");

        DataStream<Click> clicks = source;
        clicks = clicks.filter(c -> !c.page.equals("/page/0")).name("drop landing page");

        SingleOutputStreamOperator<Tuple2<String, Long>> pairs = clicks.map(new ToUserCount());
        pairs.name("click to (user, 1)");
        pairs.uid("click-pairs");

        KeyedStream<Tuple2<String, Long>, String> byUser = pairs.keyBy(new UserKey());

        SingleOutputStreamOperator<Tuple2<String, Long>> counts = byUser.reduce(new AddCounts());
        counts.uid("clicks-per-user");
        counts.name("clicks per user");
        counts.setParallelism(3);

        DataStreamSink<Tuple2<String, Long>> sink = counts.print();
        sink.name("print counts");

        env.execute("click counts (variables)");
    }
}
