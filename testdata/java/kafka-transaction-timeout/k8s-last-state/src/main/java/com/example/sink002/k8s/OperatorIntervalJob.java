// SINK002 fires at the property: the checkpoint interval is the operator's 5 min default for last-state, plus the default 10 min timeout.
package com.example.sink002.k8s;

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

public class OperatorIntervalJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        KafkaSink<String> sink = KafkaSink.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE)
                .setTransactionalIdPrefix("ledger")
                .setProperty("transaction.timeout.ms", "300000") // want "SINK002: .*transaction.timeout.ms is 5 min .*shorter than the 15 min a transaction can stay open \\(checkpoint interval 5 min \\(the Kubernetes operator.s default for deployment.yaml:3\\) plus the default timeout of 10 min\\)"
                .build();
        env.socketTextStream("localhost", 9999).sinkTo(sink).uid("out");
        env.execute("OperatorIntervalJob");
    }
}
