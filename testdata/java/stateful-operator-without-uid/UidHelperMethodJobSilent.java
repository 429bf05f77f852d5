// UID001 silent: the uid is applied through helper methods that receive the operator: a local
// generic withUid(...) that returns it, and OperatorIds.assign(...) in another file.
package com.example.uid001;

import com.example.uid001.functions.CountAggregate;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

import java.time.Duration;

public class UidHelperMethodJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = withUid(
                env.fromSource(KafkaConnectors.events("trades"), KafkaConnectors.watermarks(), "trades"),
                "trades-source");

        KeyedStream<Event, String> byUser = events.keyBy(e -> e.userId);

        DataStream<Event> totals = withUid(byUser.reduce((a, b) -> a.merge(b)), "trade-totals");

        SingleOutputStreamOperator<Long> counts = byUser
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .aggregate(new CountAggregate());
        OperatorIds.assign(counts, "trades-per-minute");

        totals.print();
        counts.print();

        env.execute("uid-helper-method");
    }

    private static <T> SingleOutputStreamOperator<T> withUid(SingleOutputStreamOperator<T> operator, String uid) {
        return operator.uid(uid).name(uid);
    }
}
