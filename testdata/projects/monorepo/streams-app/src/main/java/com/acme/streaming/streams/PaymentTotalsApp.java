// streams-app: a Kafka Streams application, not Flink. Its topology uses stream, filter, map,
// groupByKey, windowedBy, reduce, count, toStream and to, but there is no
// StreamExecutionEnvironment: nothing is reported in this module.
package com.acme.streaming.streams;

import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Grouped;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.TimeWindows;

import java.time.Duration;
import java.util.Map;
import java.util.Properties;

public class PaymentTotalsApp {

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();

        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "payment-totals");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, env.getOrDefault("KAFKA_BOOTSTRAP", "kafka:9092"));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);

        StreamsBuilder builder = new StreamsBuilder();

        KStream<String, Long> payments = builder.stream("payments", Consumed.with(Serdes.String(), Serdes.Long()));

        payments
                .filter((merchant, amount) -> amount != null && amount > 0)
                .groupByKey()
                .reduce(Long::sum, Materialized.as("merchant-totals-store"))
                .toStream()
                .to("merchant-totals", Produced.with(Serdes.String(), Serdes.Long()));

        payments
                .map((merchant, amount) -> KeyValue.pair(merchant.substring(0, 2), amount))
                .groupByKey(Grouped.with(Serdes.String(), Serdes.Long()))
                .windowedBy(TimeWindows.ofSizeWithNoGrace(Duration.ofMinutes(5)))
                .count()
                .toStream()
                .foreach((window, count) -> System.out.println(window.key() + " " + count));

        KafkaStreams streams = new KafkaStreams(builder.build(), props);
        Runtime.getRuntime().addShutdownHook(new Thread(streams::close));
        streams.start();
    }
}
