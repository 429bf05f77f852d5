// Pipeline steps in another file and package, called from CrossFileJob: the job's operator
// graph continues through them. enrich() adds a stateful keyed reduce without uid (reported
// here, where the operator is created); enrichWithUid() sets the uid in its own chain; dedup()
// returns the operator and CrossFileJob sets the uid on the returned value (silent).
package com.example.uid001.steps;

import com.example.uid001.Event;
import com.example.uid001.functions.DedupFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

import java.time.Duration;

public final class EnrichmentSteps {

    private EnrichmentSteps() {}

    public static DataStream<Event> enrich(DataStream<Event> in) {
        return in
                .keyBy(e -> e.userId)
                .reduce((a, b) -> a.merge(b)) // want "UID001"
                .name("enrich-running-total");
    }

    public static DataStream<Event> enrichWithUid(DataStream<Event> in) {
        return in
                .keyBy(e -> e.userId)
                .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
                .reduce((a, b) -> a.merge(b))
                .uid("enrich-windowed-total");
    }

    public static SingleOutputStreamOperator<Event> dedup(DataStream<Event> in) {
        return in
                .keyBy(e -> e.userId)
                .flatMap(new DedupFunction());
    }
}
