// A SinkFunction that buffers records in operator ListState (CheckpointedFunction), the
// classic example from the Flink docs. Used with addSink in SinksJob. Nothing is reported here.
package com.example.uid001.functions;

import com.example.uid001.Event;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

import java.util.ArrayList;
import java.util.List;

public class BufferingSink implements SinkFunction<Event>, CheckpointedFunction {

    private static final int THRESHOLD = 100;

    private final List<Event> buffered = new ArrayList<>();
    private transient ListState<Event> checkpointedState;

    @Override
    public void invoke(Event value, Context context) {
        buffered.add(value);
        if (buffered.size() >= THRESHOLD) {
            buffered.clear();
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointedState.update(buffered);
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointedState = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("buffered-events", Event.class));
        if (context.isRestored()) {
            for (Event e : checkpointedState.get()) {
                buffered.add(e);
            }
        }
    }
}
