// SINK004 fires: the prefix was copied from OrdersJob; the servers come from an argument, so the same cluster is assumed.
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

public class PaymentsJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.socketTextStream("localhost", 9999).sinkTo(KafkaSink.<String>builder()
                .setBootstrapServers(args[0])
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("shared-out") // want "SINK004: .*in job .*OrdersJob.* writing to what is assumed to be the same Kafka cluster"
                .setProperty("transaction.timeout.ms", "900000")
                .build()).uid("out");
        env.execute("PaymentsJob");
    }
}
