// UID001 silent: only stateless operators lack a uid. A Rich*Function without state
// (ParseEvent only builds a parser in open()), lambdas and method references on map, filter
// and flatMap (also a map on a KeyedStream), keyBy, union, rebalance and print().
package com.example.uid001;

import com.example.uid001.functions.ParseEvent;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;

public class StatelessFunctionsJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> raw = env
                .fromSource(KafkaConnectors.lines("raw-events"), WatermarkStrategy.noWatermarks(), "raw-events")
                .uid("raw-events-source");

        DataStream<Event> parsed = raw
                .map(new ParseEvent())
                .filter(e -> e.amount > 0)
                .map(Event::normalize);

        DataStream<String> words = raw
                .flatMap((String line, Collector<String> out) -> {
                    for (String word : line.split("\\s+")) {
                        out.collect(word);
                    }
                })
                .returns(Types.STRING);

        DataStream<Event> tagged = parsed
                .keyBy(e -> e.userId)
                .map(e -> {
                    e.type = e.type.toUpperCase();
                    return e;
                });

        parsed
                .union(tagged)
                .rebalance()
                .print();

        words.print();

        env.execute("stateless-functions");
    }
}
