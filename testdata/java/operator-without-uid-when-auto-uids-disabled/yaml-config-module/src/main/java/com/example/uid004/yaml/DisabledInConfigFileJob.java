// UID004: auto-generated uids are disabled by this module's flink-conf.yaml
// (pipeline.auto-generate-uids: false). The source and the sink have uids; the map does not.
package com.example.uid004.yaml;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DisabledInConfigFileJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setTopics("raw-lines")
                .setGroupId("uid004-yaml")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();
        KafkaSink<String> sink = KafkaSink.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setRecordSerializer(KafkaRecordSerializationSchema.builder()
                        .setTopic("lower-lines")
                        .setValueSerializationSchema(new SimpleStringSchema())
                        .build())
                .build();

        DataStream<String> lines = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "raw-lines")
                .uid("raw-lines-source");

        lines
                .map(String::toLowerCase) // want "UID004"
                .sinkTo(sink)
                .uid("lower-lines-sink");

        env.execute("auto-uids-disabled-in-config-file");
    }
}
