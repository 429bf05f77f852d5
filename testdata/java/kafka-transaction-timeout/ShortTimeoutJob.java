// SINK002 fires at the Properties entry: 5 min is shorter than a 10 min interval plus the default 10 min checkpoint timeout.
package com.example.sink002;

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

public class ShortTimeoutJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(600_000);
        Properties props = new Properties();
        props.put(ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 300000); // want "SINK002: KafkaSink: transaction.timeout.ms is 5 min .*shorter than the 20 min a transaction can stay open \\(checkpoint interval 10 min \\(env.enableCheckpointing at ShortTimeoutJob.java:21\\) plus the default timeout of 10 min\\): every transaction outlives it, so the brokers abort transactions before the checkpoint that commits them completes and their records are lost"
        KafkaSink<String> sink = KafkaSink.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("out")
                .setKafkaProducerConfig(props)
                .build();
        env.socketTextStream("localhost", 9999).sinkTo(sink).uid("out");
        env.execute("ShortTimeoutJob");
    }
}
