// A legacy sink: SinkFunction is gone in 2.0.
package com.example.api001.v20;

import org.apache.flink.streaming.api.functions.sink.SinkFunction;

public class AuditSink implements SinkFunction<String> { // want "API001: SinkFunction \\(implemented by AuditSink\\) was removed.*sink2.Sink"
    @Override
    public void invoke(String value, Context context) {
    }
}
