// PAR002 silent: pipeline.max-parallelism -1 is Flink's default and means "derive it";
// it is the one non-positive value that is allowed. (PAR001 is not run in this directory.)
package com.example.par002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DerivedMaxParallelismJobSilent {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.MAX_PARALLELISM, -1);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);

        KafkaSource<String> source = KafkaSource.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setTopics("sessions")
                .setGroupId("sessions-consumer")
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();

        env.fromSource(source, WatermarkStrategy.noWatermarks(), "sessions")
                .uid("sessions-source")
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, latest) -> latest)
                .uid("sessions-latest-per-key")
                .print();

        env.execute("DerivedMaxParallelismJobSilent");
    }
}
