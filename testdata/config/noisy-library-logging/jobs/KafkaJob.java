// The scanned jobs use Kafka: OBS005 then also reports INFO-root configurations that leave the Kafka loggers unset.
package com.example.obs005;

import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class KafkaJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("localhost", 9999).sinkTo(KafkaSink.<String>builder().build()).uid("out");
        env.execute();
    }
}
