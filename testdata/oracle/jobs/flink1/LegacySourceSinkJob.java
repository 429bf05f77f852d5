package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.RichSinkFunction;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

/**
 * 1.x legacy connectors: addSource with a SourceFunction, addSink with a RichSinkFunction
 * that holds no state, and a no-op anonymous SinkFunction.
 */
// oracle: run
public class LegacySourceSinkJob {

    static class TickLogger extends RichSinkFunction<String> {
        private transient long seen;

        @Override
        public void open(OpenContext openContext) {
            seen = 0;
        }

        @Override
        public void invoke(String tick, Context context) {
            seen++;
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        var ticks = env.addSource(new StockTickerSource(), "stock ticker")
                .uid("ticker-source");

        ticks.addSink(new TickLogger()).name("tick logger").uid("tick-logger");

        ticks.filter(t -> t.startsWith("ACME"))
                .addSink(new SinkFunction<String>() {
                    @Override
                    public void invoke(String value, Context context) {
                        // drop it
                    }
                })
                .name("drop acme");

        env.execute("legacy source and sink");
    }
}
