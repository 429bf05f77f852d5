// SinkFunction is deprecated since 1.20 (FLINK-35378).
package com.example.api002.v120;

import org.apache.flink.streaming.api.functions.sink.RichSinkFunction;

public class LogSink extends RichSinkFunction<String> { // want "API002: RichSinkFunction \\(extended by LogSink\\) is deprecated since Flink 1.20.*sink2.Sink"
    @Override
    public void invoke(String value, Context context) {
        System.out.println(value);
    }
}
