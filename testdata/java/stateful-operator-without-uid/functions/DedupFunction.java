// A RichFlatMapFunction that obtains ValueState "seen" through getRuntimeContext().getState(...)
// in open(): any operator running it is stateful (see DedupJob, UserFunctionsJob). A function
// class alone is not an operator: nothing is reported in this file.
package com.example.uid001.functions;

import com.example.uid001.Event;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;

import java.time.Duration;

public class DedupFunction extends RichFlatMapFunction<Event, Event> {

    private transient ValueState<Boolean> seen;

    @Override
    public void open(OpenContext openContext) {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(Duration.ofHours(24)).build());
        seen = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void flatMap(Event event, Collector<Event> out) throws Exception {
        if (seen.value() == null) {
            seen.update(true);
            out.collect(event);
        }
    }
}
