package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.EventTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.assigners.ProcessingTimeSessionWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/** User sessions: event-time session windows with process(), processing-time sessions with reduce. */
// oracle: run
public class ClickSessionWindows {

    static class SessionSummary extends ProcessWindowFunction<Click, String, String, TimeWindow> {
        @Override
        public void process(String user, Context ctx, Iterable<Click> clicks, Collector<String> out) {
            int n = 0;
            for (Click ignored : clicks) {
                n++;
            }
            out.collect(user + " session of " + n + " clicks ending " + ctx.window().getEnd());
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Click> clicks = env
                .fromSource(DemoSources.clicks(50), DemoSources.clickWatermarks(), "clicks")
                .uid("clicks");

        clicks.keyBy(c -> c.userId)
                .window(EventTimeSessionWindows.withGap(Duration.ofMinutes(30)))
                .process(new SessionSummary())
                .uid("event-sessions")
                .print();

        clicks.keyBy(c -> c.page)
                .window(ProcessingTimeSessionWindows.withGap(Duration.ofHours(1)))
                .reduce((a, b) -> b)
                .uid("page-sessions")
                .name("last click per page session")
                .print();

        env.execute("click session windows");
    }
}
