package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.source.RichParallelSourceFunction;

/**
 * A legacy (1.x) parallel source that keeps its position in operator list state through
 * CheckpointedFunction, emitting with a small sleep until cancelled.
 */
public class MeterReadingSource extends RichParallelSourceFunction<SensorReading> implements CheckpointedFunction {

    private volatile boolean running = true;
    private long position;
    private transient ListState<Long> positionState;

    @Override
    public void run(SourceContext<SensorReading> ctx) throws Exception {
        int subtask = getRuntimeContext().getIndexOfThisSubtask();
        while (running) {
            synchronized (ctx.getCheckpointLock()) {
                ctx.collect(new SensorReading("meter-" + subtask + "-" + (position % 5),
                        10.0 + position % 20, DemoSources.BASE_TIME + position * 100));
                position++;
            }
            Thread.sleep(25);
        }
    }

    @Override
    public void cancel() {
        running = false;
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        positionState.update(java.util.Collections.singletonList(position));
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        positionState = context.getOperatorStateStore()
                .getListState(new ListStateDescriptor<>("position", Types.LONG));
        for (Long p : positionState.get()) {
            position = p;
        }
    }
}
