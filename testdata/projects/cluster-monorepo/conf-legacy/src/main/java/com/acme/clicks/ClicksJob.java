package com.acme.clicks;

import java.time.Duration;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;

/** Configured entirely outside the code: its module's legacy flink-conf.yaml. */
public class ClicksJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSource(KafkaSource.<String>builder().setTopics("clicks").build(), WatermarkStrategy.noWatermarks(), "clicks")
            .uid("clicks-source")
            .keyBy(s -> s)
            .window(TumblingEventTimeWindows.of(Duration.ofMinutes(1)))
            .reduce((a, b) -> a + b)
            .uid("clicks-window")
            .sinkTo(KafkaSink.<String>builder().build())
            .uid("clicks-sink");
        env.execute("clicks");
    }
}
