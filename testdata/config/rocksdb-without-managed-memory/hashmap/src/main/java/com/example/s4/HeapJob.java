// STATE004 silent: the heap backend does not use managed memory; zero is what the docs advise.
package com.example.s4;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class HeapJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.fromSequence(1, 1000).keyBy(n -> n % 10).reduce(Long::sum).uid("sum").print();
        env.execute("heap");
    }
}
