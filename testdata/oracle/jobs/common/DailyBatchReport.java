package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** A bounded job in BATCH runtime mode; planned only. */
public class DailyBatchReport {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.setParallelism(4);

        env.fromData("checkout", "search", "checkout", "cart", "search", "checkout")
                .name("events of the day")
                .map(e -> Tuple2.of(e, 1))
                .returns(Types.TUPLE(Types.STRING, Types.INT))
                .keyBy(t -> t.f0)
                .sum(1)
                .uid("daily-counts")
                .print();

        env.execute("daily batch report");
    }
}
