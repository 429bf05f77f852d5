// STATE004 silent: managed.size is set and non-zero, so the zero fraction is ignored.
package com.example.s4;

import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class SizeWinsJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.setStateBackend(new EmbeddedRocksDBStateBackend(true));
        env.fromSequence(1, 1000).keyBy(n -> n % 10).reduce(Long::sum).uid("sum").print();
        env.execute("SizeWinsJob");
    }
}
