// Used by the Flink 1.18 job only, so judged against 1.18: nothing for API001.
package com.example.api001.v118;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.source.RichSourceFunction;

public class OldSource extends RichSourceFunction<Long> {
    @Override
    public void open(Configuration parameters) {
    }

    @Override
    public void run(SourceContext<Long> ctx) {
    }

    @Override
    public void cancel() {
    }
}
