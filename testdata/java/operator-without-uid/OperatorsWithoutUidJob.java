// UID005 (off by default, the harness enables it): every operator without uid is reported,
// stateless or stateful, sources and sinks included. keyBy, union, rebalance and getSideOutput
// are not operators. Operators with uid() are silent.
package com.example.uid005;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

public class OperatorsWithoutUidJob {

    static final OutputTag<String> REJECTED = new OutputTag<String>("rejected") {};

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> lines = env
                .fromSource(Sources.kafka("lines"), WatermarkStrategy.noWatermarks(), "lines"); // want "UID005"
        DataStream<String> extra = env
                .fromSource(Sources.kafka("extra-lines"), WatermarkStrategy.noWatermarks(), "extra-lines")
                .uid("extra-lines-source");

        DataStream<String> cleaned = lines
                .union(extra)
                .map(String::trim) // want "UID005"
                .filter(line -> !line.isEmpty()) // want "UID005"
                .rebalance();

        SingleOutputStreamOperator<String> accepted = cleaned
                .process(new RejectShortLines()) // want "UID005"
                .name("reject-short-lines");

        accepted
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, latest) -> latest) // want "UID005"
                .print(); // want "UID005"

        accepted
                .getSideOutput(REJECTED)
                .map(String::toUpperCase)
                .uid("rejected-upper")
                .print()
                .uid("rejected-print");

        env.execute("operators-without-uid");
    }

    public static class RejectShortLines extends ProcessFunction<String, String> {
        @Override
        public void processElement(String value, Context ctx, Collector<String> out) {
            if (value.length() < 3) {
                ctx.output(REJECTED, value);
            } else {
                out.collect(value);
            }
        }
    }
}
