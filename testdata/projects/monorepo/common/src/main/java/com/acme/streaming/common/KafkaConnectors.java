// Kafka source and sink builders shared by the job modules. Builder calls are not stream
// operators: nothing is reported in this file.
package com.acme.streaming.common;

import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.formats.json.JsonDeserializationSchema;
import org.apache.flink.formats.json.JsonSerializationSchema;

public final class KafkaConnectors {

    private static final String BOOTSTRAP_SERVERS = "kafka-0.kafka:9092,kafka-1.kafka:9092,kafka-2.kafka:9092";

    private KafkaConnectors() {}

    public static <T> KafkaSource<T> jsonSource(String topic, String groupId, Class<T> type) {
        return KafkaSource.<T>builder()
                .setBootstrapServers(BOOTSTRAP_SERVERS)
                .setTopics(topic)
                .setGroupId(groupId)
                .setStartingOffsets(OffsetsInitializer.committedOffsets())
                .setValueOnlyDeserializer(new JsonDeserializationSchema<>(type))
                .build();
    }

    public static <T> KafkaSink<T> jsonSink(String topic, String transactionalIdPrefix) {
        return KafkaSink.<T>builder()
                .setBootstrapServers(BOOTSTRAP_SERVERS)
                .setRecordSerializer(KafkaRecordSerializationSchema.<T>builder()
                        .setTopic(topic)
                        .setValueSerializationSchema(new JsonSerializationSchema<T>())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE) // want "SINK002: transaction.timeout.ms is not set"
                .setTransactionalIdPrefix(transactionalIdPrefix)
                .build();
    }
}
