// UID001 silent: every stateful operator gets its uid later, through the variable that holds
// the operator (agg.uid("agg") as a separate statement), including a sink and the source.
package com.example.uid001;

import com.example.uid001.functions.CountAggregate;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.datastream.DataStreamSource;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

import java.time.Duration;

public class UidLaterOnVariableJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStreamSource<Event> source = env.fromSource(KafkaConnectors.events("visits"), KafkaConnectors.watermarks(), "visits");
        source.uid("visits-source");

        SingleOutputStreamOperator<Long> agg = source
                .keyBy(e -> e.userId)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .aggregate(new CountAggregate());
        agg.uid("agg");
        agg.name("visits-per-minute");

        SingleOutputStreamOperator<String> text = agg.map(String::valueOf);

        DataStreamSink<String> sink = text.sinkTo(KafkaConnectors.sink("visit-counts"));
        sink.uid("visit-counts-sink");

        env.execute("uid-later-on-variable");
    }
}
