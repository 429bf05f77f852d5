package com.acme.payments;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/** Configured entirely outside the code: the FlinkDeployment in deploy/payments.yaml. */
public class PaymentsJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSource(KafkaSource.<String>builder().setTopics("payments").build(), WatermarkStrategy.noWatermarks(), "payments")
            .uid("payments-source")
            .keyBy(s -> s)
            .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
            .reduce((a, b) -> a + b)
            .uid("payments-window")
            .sinkTo(KafkaSink.<String>builder().build())
            .uid("payments-sink");
        env.execute("payments");
    }
}
