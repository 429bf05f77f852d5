package dev.flinklint.oraclejobs;

import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.RichSinkFunction;

/**
 * A parallel legacy source with operator state ({@link MeterReadingSource}) into a legacy
 * sink that buffers in operator state through CheckpointedFunction.
 */
// oracle: run
public class CheckpointedLegacySourceJob {

    static class BufferingMeterSink extends RichSinkFunction<SensorReading> implements CheckpointedFunction {
        private final int threshold;
        private final List<SensorReading> pending = new ArrayList<>();
        private transient ListState<SensorReading> checkpointed;

        BufferingMeterSink(int threshold) {
            this.threshold = threshold;
        }

        @Override
        public void invoke(SensorReading reading, Context context) {
            pending.add(reading);
            if (pending.size() >= threshold) {
                pending.clear(); // pretend to flush to the meter database
            }
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            checkpointed.update(pending);
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            checkpointed = context.getOperatorStateStore().getListState(
                    new ListStateDescriptor<>("pending-readings", TypeInformation.of(SensorReading.class)));
            for (SensorReading r : checkpointed.get()) {
                pending.add(r);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(20_000);

        env.addSource(new MeterReadingSource())
                .name("meter readings")
                .uid("meter-source")
                .setParallelism(2)
                .filter(r -> r.temperature > 12)
                .addSink(new BufferingMeterSink(5000))
                .uid("meter-sink")
                .name("buffering meter sink");

        env.execute("checkpointed legacy source");
    }
}
