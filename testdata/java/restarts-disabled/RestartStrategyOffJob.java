// RST001 fires at the conf.setString line: restart-strategy.type "off", applied with
// env.configure(conf).
package com.example.rst001;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class RestartStrategyOffJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        Configuration conf = new Configuration();
        conf.setString("restart-strategy.type", "off"); // want "RST001"
        env.configure(conf);

        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setTopics("invoices")
                .setGroupId("invoices-consumer")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();

        env.fromSource(source, WatermarkStrategy.noWatermarks(), "invoices")
                .uid("invoices-source")
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, latest) -> latest)
                .uid("invoices-latest-per-key")
                .print();

        env.execute("RestartStrategyOffJob");
    }
}
