package com.acme.fraud;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/** Configured entirely outside the code: its module's Flink 2.0 config.yaml with nested keys. */
public class FraudJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSource(KafkaSource.<String>builder().setTopics("fraud").build(), WatermarkStrategy.noWatermarks(), "fraud")
            .uid("fraud-source")
            .keyBy(s -> s)
            .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
            .reduce((a, b) -> a + b)
            .uid("fraud-window")
            .sinkTo(KafkaSink.<String>builder().build())
            .uid("fraud-sink");
        env.execute("fraud");
    }
}
