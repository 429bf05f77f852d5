package dev.flinklint.oraclejobs;

import java.util.ArrayList;
import java.util.List;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Non-keyed operator state: a flatMap that implements CheckpointedFunction and keeps its
 * batch buffer in (union) list state. The function before it is a plain map.
 */
// oracle: run
public class OperatorListStateBuffer {

    static class Batcher extends RichFlatMapFunction<String, List<String>> implements CheckpointedFunction {
        private final int batchSize;
        private final List<String> buffer = new ArrayList<>();
        private transient ListState<String> checkpointed;

        Batcher(int batchSize) {
            this.batchSize = batchSize;
        }

        @Override
        public void flatMap(String word, Collector<List<String>> out) {
            buffer.add(word);
            if (buffer.size() >= batchSize) {
                out.collect(new ArrayList<>(buffer));
                buffer.clear();
            }
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            checkpointed.update(buffer);
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            checkpointed = context.getOperatorStateStore()
                    .getListState(new ListStateDescriptor<>("pending-words", Types.STRING));
            if (context.isRestored()) {
                for (String word : checkpointed.get()) {
                    buffer.add(word);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.words(40), WatermarkStrategy.noWatermarks(), "words")
                .map(String::toUpperCase)
                .name("uppercase")
                .flatMap(new Batcher(1000))
                .returns(Types.LIST(Types.STRING))
                .uid("word-batcher")
                .name("batch words")
                .print();

        env.execute("operator list state buffer");
    }
}
