// Flink 2.0: addSource/addSink, SourceFunction/SinkFunction, keyBy with field names or
// positions, timeWindow, Time, iterate and RichFunction#open(Configuration) are gone.
package com.example.api001.v20;

import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.source.SourceFunction;
import org.apache.flink.streaming.api.windowing.time.Time;

public class LegacyPipelineJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);

        DataStream<String> clicks = env.addSource(new ClickSource()) // want "API001: StreamExecutionEnvironment.addSource was removed.*fromSource"
                .uid("clicks");

        clicks.map(new Enricher())
                .uid("enrich")
                .keyBy("user") // want "API001: DataStream.keyBy\\(String\\) was removed.*KeySelector"
                .timeWindow(Time.minutes(5)) // want "API001: KeyedStream.timeWindow" "API001: Time.minutes"
                .reduce((a, b) -> a)
                .uid("per-user");

        clicks.addSink(new AuditSink()) // want "API001: DataStream.addSink was removed.*sinkTo"
                .uid("audit");

        clicks.keyBy(0) // want "API001: DataStream.keyBy\\(int\\)"
                .reduce((a, b) -> b)
                .uid("latest")
                .print();

        clicks.iterate(); // want "API001: DataStream.iterate"

        // An anonymous source is reported at addSource only; its open(Configuration) at the method.
        env.addSource(new SourceFunction<String>() { // want "API001: StreamExecutionEnvironment.addSource"
            @Override
            public void run(SourceContext<String> ctx) {}

            @Override
            public void cancel() {}
        }).uid("anonymous-source").print();

        clicks.map(new RichMapFunction<String, String>() {
            @Override
            public void open(Configuration parameters) {} // want "API001: RichFunction.open\\(Configuration\\) \\(overridden by an anonymous RichMapFunction\\) was removed.*open\\(OpenContext\\)"

            @Override
            public String map(String value) {
                return value;
            }
        }).uid("anonymous-map").print();

        env.execute("legacy-pipeline");
    }
}
