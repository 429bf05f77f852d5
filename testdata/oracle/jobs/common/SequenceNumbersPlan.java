package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** A bounded NumberSequenceSource through env.fromSequence; planned only. */
public class SequenceNumbersPlan {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSequence(1, 1_000_000)
                .name("ids")
                .uid("id-sequence")
                .map(n -> Tuple2.of(n % 10, n))
                .returns(Types.TUPLE(Types.LONG, Types.LONG))
                .keyBy(t -> t.f0)
                .reduce((a, b) -> Tuple2.of(a.f0, a.f1 + b.f1))
                .uid("sum-per-bucket")
                .setParallelism(4)
                .print()
                .setParallelism(1);

        env.execute("sequence numbers (plan)");
    }
}
