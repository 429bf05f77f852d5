package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Three regional order streams united into one, then counted per region. */
// oracle: run
public class UnionOfRegions {

    static DataStream<Tuple2<String, Long>> region(StreamExecutionEnvironment env, String name, int rate) {
        return env.fromSource(DemoSources.orders(rate), WatermarkStrategy.noWatermarks(), "orders-" + name)
                .uid("orders-" + name)
                .map(o -> Tuple2.of(name, 1L))
                .returns(Types.TUPLE(Types.STRING, Types.LONG))
                .name("tag " + name);
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Tuple2<String, Long>> eu = region(env, "eu", 30);
        DataStream<Tuple2<String, Long>> us = region(env, "us", 30);
        DataStream<Tuple2<String, Long>> apac = region(env, "apac", 20);

        eu.union(us, apac)
                .keyBy(t -> t.f0)
                .sum(1)
                .uid("orders-per-region")
                .print();

        env.execute("union of regions");
    }
}
