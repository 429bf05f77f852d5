package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.v2.ValueState;
import org.apache.flink.api.common.state.v2.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * 2.x-only: the asynchronous state API (FLIP-424/425). keyBy(...).enableAsyncState() and a
 * KeyedProcessFunction using state v2 (ValueState.asyncValue / asyncUpdate).
 * Planned only: Flink 2.2 declines a canonical savepoint of async keyed state
 * ("Not supported yet" in StreamOperatorStateHandler); a native savepoint works.
 */
public class AsyncStateVisitCounter {

    static class VisitCounter extends KeyedProcessFunction<String, Click, String> {
        private transient ValueState<Long> visits;

        @Override
        public void open(OpenContext openContext) {
            visits = getRuntimeContext().getState(new ValueStateDescriptor<>("visits", Types.LONG));
        }

        @Override
        public void processElement(Click click, Context ctx, Collector<String> out) {
            visits.asyncValue()
                    .thenApply(n -> n == null ? 1L : n + 1)
                    .thenCompose(n -> visits.asyncUpdate(n).thenApply(ignored -> n))
                    .thenAccept(n -> out.collect(click.userId + " visits: " + n));
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.clicks(50), WatermarkStrategy.noWatermarks(), "clicks")
                .uid("clicks")
                .keyBy(c -> c.userId)
                .enableAsyncState()
                .process(new VisitCounter())
                .uid("visit-counter")
                .name("visit counter (async state)")
                .print();

        env.execute("async state visit counter");
    }
}
