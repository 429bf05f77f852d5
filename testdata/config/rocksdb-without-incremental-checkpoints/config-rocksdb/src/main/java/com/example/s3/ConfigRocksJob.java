// STATE003 fires in the module's config.yaml, where RocksDB is chosen (the code sets nothing).
package com.example.s3;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class ConfigRocksJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 1000).keyBy(n -> n % 10).reduce(Long::sum).uid("sum").print();
        env.execute("config-rocks");
    }
}
