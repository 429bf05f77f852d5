// SINK002 fires at the property: 15 min is shorter than the module config's 20 min interval plus 10 min timeout.
package com.example.sink002.conf;

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

public class ConfigIntervalJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        KafkaSink<String> sink = KafkaSink.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("out")
                .setProperty("transaction.timeout.ms", "900000") // want "SINK002: .*shorter than the 30 min a transaction can stay open \\(checkpoint interval 20 min \\(config.yaml:2\\) plus timeout 10 min \\(config.yaml:3\\)\\)"
                .build();
        env.socketTextStream("localhost", 9999).sinkTo(sink).uid("out");
        env.execute("ConfigIntervalJob");
    }
}
