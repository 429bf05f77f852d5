// PAR002 silent: job max parallelism 128 with parallelism 8, and operator-level values that
// are in range (the keyed reduce runs with parallelism 16 and max parallelism 256; the sink
// with parallelism 2).
package com.example.par002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class ValidMaxParallelismJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(8);
        env.setMaxParallelism(128);

        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setTopics("payments")
                .setGroupId("payments-consumer")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();

        env.fromSource(source, WatermarkStrategy.noWatermarks(), "payments")
                .uid("payments-source")
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, latest) -> latest)
                .uid("payments-latest-per-key")
                .setParallelism(16)
                .setMaxParallelism(256)
                .print()
                .setParallelism(2);

        env.execute("ValidMaxParallelismJobSilent");
    }
}
