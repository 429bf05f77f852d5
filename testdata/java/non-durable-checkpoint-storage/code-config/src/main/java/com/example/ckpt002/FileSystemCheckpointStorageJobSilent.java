// CKPT002 silent: a FileSystemCheckpointStorage on hdfs:// set in code.
package com.example.ckpt002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.runtime.state.storage.FileSystemCheckpointStorage;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class FileSystemCheckpointStorageJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60000);
        env.getCheckpointConfig().setCheckpointStorage(new FileSystemCheckpointStorage("hdfs:///flink/checkpoints"));

        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setTopics("shipments")
                .setGroupId("shipments-consumer")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();

        env.fromSource(source, WatermarkStrategy.noWatermarks(), "shipments")
                .uid("shipments-source")
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, latest) -> latest)
                .uid("shipments-latest-per-key")
                .print();

        env.execute("FileSystemCheckpointStorageJobSilent");
    }
}
