// A KeyedProcessFunction with ValueState and event-time timers, used by KeyedProcessJob.
// A function class alone is not an operator: nothing is reported in this file.
package com.example.uid001.functions;

import com.example.uid001.Alert;
import com.example.uid001.Event;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

public class SessionTimeoutFunction extends KeyedProcessFunction<String, Event, Alert> {

    private static final long TIMEOUT_MS = 30 * 60 * 1000L;

    private transient ValueState<Long> lastSeen;

    @Override
    public void open(OpenContext openContext) {
        lastSeen = getRuntimeContext().getState(new ValueStateDescriptor<>("last-seen", Types.LONG));
    }

    @Override
    public void processElement(Event event, Context ctx, Collector<Alert> out) throws Exception {
        lastSeen.update(event.timestamp);
        ctx.timerService().registerEventTimeTimer(event.timestamp + TIMEOUT_MS);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        Long seen = lastSeen.value();
        if (seen != null && timestamp >= seen + TIMEOUT_MS) {
            out.collect(new Alert(ctx.getCurrentKey(), "session timed out", timestamp));
            lastSeen.clear();
        }
    }
}
