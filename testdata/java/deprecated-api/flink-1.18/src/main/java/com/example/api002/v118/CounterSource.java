// Deprecated in 1.18 (FLINK-32670 cascaded the SourceFunction deprecation to its subclasses).
// open(Configuration) was deprecated only in 1.19: nothing on it here.
package com.example.api002.v118;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.source.RichSourceFunction;

public class CounterSource extends RichSourceFunction<Long> { // want "API002: RichSourceFunction \\(extended by CounterSource\\) is deprecated since Flink 1.18 and removed in Flink 2.0"
    private volatile boolean running = true;

    @Override
    public void open(Configuration parameters) {
    }

    @Override
    public void run(SourceContext<Long> ctx) {
        long n = 0;
        while (running) {
            ctx.collect(n++);
        }
    }

    @Override
    public void cancel() {
        running = false;
    }
}
