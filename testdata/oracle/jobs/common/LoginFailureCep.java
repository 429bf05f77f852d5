package dev.flinklint.oraclejobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringSchema;
import org.apache.flink.cep.CEP;
import org.apache.flink.cep.PatternSelectFunction;
import org.apache.flink.cep.functions.PatternProcessFunction;
import org.apache.flink.cep.pattern.Pattern;
import org.apache.flink.cep.pattern.conditions.SimpleCondition;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

/** CEP on login events from Kafka: three failures in a row, then a success; planned only. */
public class LoginFailureCep {

    static class Failed extends SimpleCondition<String> {
        @Override
        public boolean filter(String event) {
            return event.endsWith(",FAIL");
        }
    }

    static class Alert extends PatternProcessFunction<String, String> {
        @Override
        public void processMatch(Map<String, List<String>> match, Context ctx, Collector<String> out) {
            out.collect("brute force? " + match.get("failures").get(0));
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        KafkaSource<String> logins = KafkaSource.<String>builder()
                .setBootstrapServers("kafka:9092")
                .setTopics("logins")
                .setGroupId("login-cep")
                .setStartingOffsets(OffsetsInitializer.committedOffsets())
                .setValueOnlyDeserializer(new SimpleStringSchema())
                .build();

        KeyedStream<String, String> byUser = env
                .fromSource(logins, WatermarkStrategy.forBoundedOutOfOrderness(Duration.ofSeconds(5)), "logins")
                .uid("kafka-logins")
                .keyBy(e -> e.split(",")[0]);

        Pattern<String, String> bruteForce = Pattern.<String>begin("failures")
                .where(new Failed())
                .times(3)
                .consecutive()
                .next("success")
                .where(SimpleCondition.of(e -> e.endsWith(",OK")))
                .within(Duration.ofMinutes(5));

        CEP.pattern(byUser, bruteForce)
                .process(new Alert())
                .uid("brute-force-detector")
                .name("brute force detector")
                .print();

        Pattern<String, String> lockout = Pattern.<String>begin("first").where(new Failed())
                .followedBy("locked").where(SimpleCondition.of(e -> e.endsWith(",LOCKED")));
        CEP.pattern(byUser, lockout)
                .inProcessingTime()
                .select((PatternSelectFunction<String, String>) m -> "locked: " + m.get("locked").get(0))
                .name("lockouts")
                .print();

        env.execute("login failure CEP");
    }
}
