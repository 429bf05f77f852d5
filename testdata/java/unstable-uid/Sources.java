// Kafka source builder for the UID003 fixtures. No job here: nothing is reported.
package com.example.uid003;

import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;

public final class Sources {

    public static final String UID_PREFIX = "billing";
    public static final String AGGREGATE_UID = "billing-aggregate";

    private Sources() {}

    public static KafkaSource<String> kafka(String topic) {
        return KafkaSource.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setTopics(topic)
                .setGroupId("uid003-" + topic)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();
    }
}
