// A legacy parallel source: RichParallelSourceFunction and open(Configuration) are gone in 2.0.
package com.example.api001.v20;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.source.RichParallelSourceFunction;

public class ClickSource extends RichParallelSourceFunction<String> { // want "API001: RichParallelSourceFunction \\(extended by ClickSource\\) was removed in Flink 2.0.*FLIP-27"
    private volatile boolean running = true;

    @Override
    public void open(Configuration parameters) throws Exception { // want "API001: RichFunction.open\\(Configuration\\) \\(overridden by ClickSource\\)"
        super.open(parameters);
    }

    @Override
    public void run(SourceContext<String> ctx) throws Exception {
        while (running) {
            ctx.collect("click");
        }
    }

    @Override
    public void cancel() {
        running = false;
    }
}
