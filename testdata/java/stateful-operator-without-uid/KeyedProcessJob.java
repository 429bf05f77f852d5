// UID001: process() on a KeyedStream is stateful by itself (keyed state and timers), whatever
// the function does. SessionTimeoutFunction (functions/) also registers timers and keeps
// ValueState; the anonymous KeyedProcessFunction keeps nothing but is still keyed. The
// process() with uid() is not reported.
package com.example.uid001;

import com.example.uid001.functions.SessionTimeoutFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

public class KeyedProcessJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("sessions"), KafkaConnectors.watermarks(), "sessions")
                .uid("sessions-source");

        KeyedStream<Event, String> byUser = events.keyBy(e -> e.userId);

        DataStream<Alert> timeouts = byUser
                .process(new SessionTimeoutFunction()); // want "UID001: process"

        DataStream<Event> tagged = byUser
                .process(new KeyedProcessFunction<String, Event, Event>() { // want "UID001"
                    @Override
                    public void processElement(Event value, Context ctx, Collector<Event> out) {
                        value.type = ctx.getCurrentKey() + "/" + value.type;
                        out.collect(value);
                    }
                });

        DataStream<Alert> timeoutsWithUid = byUser
                .process(new SessionTimeoutFunction())
                .uid("session-timeouts");

        timeouts.union(timeoutsWithUid).print();
        tagged.print();

        env.execute("keyed-process");
    }
}
