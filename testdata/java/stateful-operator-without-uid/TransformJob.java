// UID001: transform(...) with a custom StreamOperator is treated as stateful (the operator may
// snapshot anything). The transform with uid() is silent.
package com.example.uid001;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.operators.AbstractStreamOperator;
import org.apache.flink.streaming.api.operators.OneInputStreamOperator;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;

public class TransformJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("ticks"), KafkaConnectors.watermarks(), "ticks")
                .uid("ticks-source");

        DataStream<Event> passed = events
                .keyBy(e -> e.userId)
                .transform("pass-through", TypeInformation.of(Event.class), new PassThroughOperator()); // want "UID001: transform"

        DataStream<Event> passedWithUid = events
                .transform("pass-through-2", TypeInformation.of(Event.class), new PassThroughOperator())
                .uid("pass-through-2");

        passed.union(passedWithUid).print();

        env.execute("transform");
    }

    public static class PassThroughOperator extends AbstractStreamOperator<Event>
            implements OneInputStreamOperator<Event, Event> {
        @Override
        public void processElement(StreamRecord<Event> element) {
            output.collect(element);
        }
    }
}
