// A plain MapFunction that implements CheckpointedFunction: it snapshots operator ListState,
// so the operator running it is stateful even on a non-keyed stream (see UserFunctionsJob).
// Nothing is reported in this file.
package com.example.uid001.functions;

import com.example.uid001.Event;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;

public class BufferingMapper implements MapFunction<Event, Event>, CheckpointedFunction {

    private transient ListState<Long> checkpointedCount;
    private long count;

    @Override
    public Event map(Event value) {
        count++;
        return value;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        checkpointedCount.update(java.util.Collections.singletonList(count));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        checkpointedCount = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("count", Long.class));
        if (context.isRestored()) {
            for (Long c : checkpointedCount.get()) {
                count += c;
            }
        }
    }
}
