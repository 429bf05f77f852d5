package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.IterativeStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * A 1.x streaming iteration (iterate / closeWith, removed in 2.0): payments that fail a
 * check are fed back with a decremented retry count. Planned only.
 */
public class IterativeRetryJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Payment> payments = env
                .fromSource(DemoSources.payments(20), WatermarkStrategy.noWatermarks(), "payments")
                .uid("payments");

        IterativeStream<Payment> loop = payments.iterate(5_000);

        DataStream<Payment> attempted = loop
                .map(p -> {
                    p.amount = p.amount - 1;
                    return p;
                })
                .name("attempt settlement");

        DataStream<Payment> retry = attempted.filter(p -> p.amount > 40).name("needs retry");
        loop.closeWith(retry);

        attempted.filter(p -> p.amount <= 40)
                .name("settled")
                .print();

        env.execute("iterative retry");
    }
}
