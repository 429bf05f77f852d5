// Shared base class: drops repeated records per key using keyed ValueState obtained in open().
// Subclasses in job modules (orders-job's OrderDedup) inherit the state. Not a job: nothing
// is reported in this file.
package com.acme.streaming.common;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.util.Collector;

import java.time.Duration;

public abstract class AbstractDedupFunction<T> extends RichFlatMapFunction<T, T> {

    private transient ValueState<Boolean> seen;

    /** How long a key is remembered. */
    protected abstract Duration retention();

    @Override
    public void open(OpenContext openContext) throws Exception {
        ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
        descriptor.enableTimeToLive(StateTtlConfig.newBuilder(retention()).build());
        seen = getRuntimeContext().getState(descriptor);
    }

    @Override
    public void flatMap(T value, Collector<T> out) throws Exception {
        if (seen.value() == null) {
            seen.update(Boolean.TRUE);
            out.collect(value);
        }
    }
}
