// UID001 silent: process() with a stateless ProcessFunction on a non-keyed stream that emits to
// an OutputTag, getSideOutput(...) (not an operator), print() and the legacy DiscardingSink
// via addSink are all stateless.
package com.example.uid001;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.functions.sink.DiscardingSink;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

public class SideOutputJobSilent {

    static final OutputTag<Event> INVALID = new OutputTag<Event>("invalid") {};

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("ledger"), KafkaConnectors.watermarks(), "ledger")
                .uid("ledger-source");

        SingleOutputStreamOperator<Event> valid = events
                .process(new SplitInvalid());

        DataStream<Event> invalid = valid.getSideOutput(INVALID);

        valid.print();
        invalid.addSink(new DiscardingSink<>());

        env.execute("side-output");
    }

    public static class SplitInvalid extends ProcessFunction<Event, Event> {
        @Override
        public void processElement(Event value, Context ctx, Collector<Event> out) {
            if (value.amount < 0) {
                ctx.output(INVALID, value);
            } else {
                out.collect(value);
            }
        }
    }
}
