// legacy-job (Flink 1.17): a stateful streaming job written against old APIs.
// Expected, rule by rule:
//   CKPT001  no checkpoint interval anywhere (at the environment creation);
//   PAR002   setMaxParallelism(0) (PAR001 does not fire: max parallelism is set, wrongly);
//   STATE002 new FsStateBackend(...) (STATE001 does not fire: a backend is set);
//   RST001   RestartStrategies.noRestart();
//   UID003   a uid from UUID.randomUUID() (that operator has a uid, so no UID001);
//   UID002   the window aggregate reuses "parse-clicks" from the map;
//   UID001   the FlinkKafkaProducer sink has no uid.
// Checkpointing is off, so CKPT002, CKPT003 and RET001 do not apply. This module has no
// Flink config file.
package com.acme.streaming.legacy;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.runtime.state.filesystem.FsStateBackend;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.assigners.TumblingProcessingTimeWindows;
import org.apache.flink.streaming.api.windowing.time.Time;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaConsumer;
import org.apache.flink.streaming.connectors.kafka.FlinkKafkaProducer;

import java.util.Properties;
import java.util.UUID;

public class LegacyClickstreamJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(); // want "CKPT001"
        env.setParallelism(4);
        env.setMaxParallelism(0); // want "PAR002"
        env.setStateBackend(new FsStateBackend("hdfs://namenode:8020/flink/checkpoints/clickstream")); // want "STATE002"
        env.setRestartStrategy(RestartStrategies.noRestart()); // want "RST001"

        Properties kafka = new Properties();
        kafka.setProperty("bootstrap.servers", "kafka-legacy:9092");
        kafka.setProperty("group.id", "legacy-clickstream");

        DataStream<String> raw = env
                .addSource(new FlinkKafkaConsumer<>("clicks", new SimpleStringSchema(), kafka))
                .uid("clickstream-source")
                .name("clicks");

        DataStream<Click> clicks = raw
                .map(Click::parse)
                .uid("parse-clicks");

        DataStream<Click> sessions = clicks
                .keyBy(click -> click.sessionId)
                .reduce(Click::merge)
                .uid(UUID.randomUUID().toString()); // want "UID003"

        DataStream<PageCount> pageCounts = clicks
                .keyBy(click -> click.page)
                .window(TumblingProcessingTimeWindows.of(Time.minutes(5)))
                .aggregate(new PageCount.CountPerPage())
                .uid("parse-clicks"); // want "UID002"

        pageCounts
                .map(PageCount::toCsv)
                .uid("page-counts-csv")
                .addSink(new FlinkKafkaProducer<>("page-counts", new SimpleStringSchema(), kafka)) // want "UID001"
                .name("page-counts");

        sessions.print();

        env.execute("legacy-clickstream");
    }
}
