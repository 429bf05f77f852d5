package dev.flinklint.oraclejobs;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.legacy.RichSinkFunction;
import org.apache.flink.streaming.api.functions.source.legacy.SourceFunction;

/**
 * 2.x still accepts legacy sources and sinks through addSource/addSink, but the interfaces
 * moved to the ...functions.source.legacy / ...functions.sink.legacy packages. Planned only.
 */
public class LegacyPackageSourceSinkJob {

    static class HeartbeatSource implements SourceFunction<String> {
        private volatile boolean running = true;

        @Override
        public void run(SourceContext<String> ctx) throws Exception {
            while (running) {
                synchronized (ctx.getCheckpointLock()) {
                    ctx.collect("heartbeat");
                }
                Thread.sleep(50);
            }
        }

        @Override
        public void cancel() {
            running = false;
        }
    }

    static class HeartbeatCounter extends RichSinkFunction<String> {
        private long beats;

        @Override
        public void invoke(String value, Context context) {
            beats++;
        }
    }

    @SuppressWarnings("deprecation")
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.addSource(new HeartbeatSource())
                .name("heartbeats")
                .uid("heartbeat-source")
                .map(String::toUpperCase)
                .addSink(new HeartbeatCounter())
                .uid("heartbeat-counter");

        env.execute("legacy-package source and sink (2.x)");
    }
}
