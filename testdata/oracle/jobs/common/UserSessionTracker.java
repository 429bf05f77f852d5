package dev.flinklint.oraclejobs;

import java.util.Map;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** Per-user page counts in MapState and recent visit times in ListState, cleared by a timer. */
// oracle: run
public class UserSessionTracker {

    public static class PageCounter extends KeyedProcessFunction<String, Click, String> {
        private static final long SESSION_TIMEOUT = 30 * 60 * 1000L;

        private transient MapState<String, Long> pageCounts;
        private transient ListState<Long> recentVisits;

        @Override
        public void open(OpenContext openContext) {
            pageCounts = getRuntimeContext().getMapState(
                    new MapStateDescriptor<>("page-counts", Types.STRING, Types.LONG));
            recentVisits = getRuntimeContext().getListState(
                    new ListStateDescriptor<>("recent-visits", Types.LONG));
        }

        @Override
        public void processElement(Click click, Context ctx, Collector<String> out) throws Exception {
            Long seen = pageCounts.get(click.page);
            pageCounts.put(click.page, seen == null ? 1L : seen + 1);
            recentVisits.add(click.timestamp);
            ctx.timerService().registerProcessingTimeTimer(
                    ctx.timerService().currentProcessingTime() + SESSION_TIMEOUT);
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) throws Exception {
            StringBuilder summary = new StringBuilder(ctx.getCurrentKey()).append(':');
            for (Map.Entry<String, Long> e : pageCounts.entries()) {
                summary.append(' ').append(e.getKey()).append('=').append(e.getValue());
            }
            out.collect(summary.toString());
            pageCounts.clear();
            recentVisits.clear();
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.clicks(50), DemoSources.clickWatermarks(), "clicks")
                .keyBy(c -> c.userId)
                .process(new PageCounter())
                .uid("session-tracker")
                .print();

        env.execute("user session tracker");
    }
}
