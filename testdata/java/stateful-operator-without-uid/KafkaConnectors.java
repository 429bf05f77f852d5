// Builders for Kafka sources and sinks used by the UID001 fixtures. Builder calls
// (setTopics, setGroupId, build, ...) are not stream operators: nothing is reported here.
package com.example.uid001;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.formats.json.JsonDeserializationSchema;

import java.time.Duration;

public final class KafkaConnectors {

    private static final String BOOTSTRAP = "kafka-1:9092,kafka-2:9092";

    private KafkaConnectors() {}

    public static KafkaSource<Event> events(String topic) {
        return KafkaSource.<Event>builder()
                .setBootstrapServers(BOOTSTRAP)
                .setTopics(topic)
                .setGroupId("uid001-" + topic)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new JsonDeserializationSchema<>(Event.class))
                .build();
    }

    public static KafkaSource<String> lines(String topic) {
        return KafkaSource.<String>builder()
                .setBootstrapServers(BOOTSTRAP)
                .setTopics(topic)
                .setGroupId("uid001-" + topic)
                .setStartingOffsets(OffsetsInitializer.latest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();
    }

    public static KafkaSink<String> sink(String topic) {
        return KafkaSink.<String>builder()
                .setBootstrapServers(BOOTSTRAP)
                .setRecordSerializer(KafkaRecordSerializationSchema.builder()
                        .setTopic(topic)
                        .setValueSerializationSchema(new SimpleStringSchema())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("uid001-" + topic)
                .build();
    }

    public static WatermarkStrategy<Event> watermarks() {
        return WatermarkStrategy.<Event>forBoundedOutOfOrderness(Duration.ofSeconds(5))
                .withTimestampAssigner((event, previous) -> event.timestamp);
    }
}
