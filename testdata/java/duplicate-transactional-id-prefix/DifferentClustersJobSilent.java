// SINK004 silent: the same prefix on two different Kafka clusters.
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

public class DifferentClustersJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        var lines = env.socketTextStream("localhost", 9999);
        lines.sinkTo(KafkaSink.<String>builder()
                .setBootstrapServers("kafka-eu:9092")
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("mirror")
                .setProperty("transaction.timeout.ms", "900000")
                .build()).uid("eu");
        lines.sinkTo(KafkaSink.<String>builder()
                .setBootstrapServers("kafka-us:9092")
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("mirror")
                .setProperty("transaction.timeout.ms", "900000")
                .build()).uid("us");
        env.execute("DifferentClustersJobSilent");
    }
}
