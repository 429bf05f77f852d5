// A job beside patched copies of Flink's StreamExecutionEnvironment, DataStream,
// CheckpointingOptions and two sinks: the copies keep their Flink meaning, so the job, its settings and its
// operators are found as they are without the copies (analysis/scan TestFlinkAPICopies).
package com.acme.orders;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

public class OrdersJob {

    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, "s3://acme-checkpoints/orders");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf); // want "CKPT003" "PAR001" "RET001" "STATE001"
        env.enableCheckpointing(60_000);

        var totals = env.fromSequence(1, 1_000_000)
                .keyBy(id -> id % 16)
                .sum(0); // want "UID001: sum"
        totals.print();
        totals.sinkTo(new FileSink<>()); // want "UID001: sinkTo"
        totals.sinkTo(new DiscardingSink<>());

        env.execute("orders");
    }
}
