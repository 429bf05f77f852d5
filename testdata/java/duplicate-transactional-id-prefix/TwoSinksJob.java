// SINK004 fires at the second sink of one job that reuses the first one's prefix.
package com.example.sink004;

import java.util.Properties;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

public class TwoSinksJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        var lines = env.socketTextStream("localhost", 9999);
        lines.sinkTo(KafkaSink.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("lines")
                .setProperty("transaction.timeout.ms", "900000")
                .build()).uid("out");
        lines.sinkTo(KafkaSink.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("lines") // want "SINK004: transactional id prefix \"lines\" is also used by another exactly-once KafkaSink in this job \\(TwoSinksJob.java:26\\) writing to the same Kafka cluster \\(kafka:9092\\)"
                .setProperty("transaction.timeout.ms", "900000")
                .build()).uid("audit");
        env.execute("TwoSinksJob");
    }
}
