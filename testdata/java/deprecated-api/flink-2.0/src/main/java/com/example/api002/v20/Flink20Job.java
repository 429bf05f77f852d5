// Flink 2.0 (pom.xml): removed APIs are API001's (nothing from API002 on them); what 2.0 still
// has but deprecates (the org.apache.flink.streaming.api.CheckpointingMode overloads) is API002's.
package com.example.api002.v20;

import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class Flink20Job {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setStateBackend(new EmbeddedRocksDBStateBackend(true));
        env.enableCheckpointing(60_000, CheckpointingMode.AT_LEAST_ONCE); // want "API002: enableCheckpointing\\(long, org.apache.flink.streaming.api.CheckpointingMode\\) is deprecated since Flink 1.20 and the target is Flink 2.0"
        env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.AT_LEAST_ONCE); // want "API002: CheckpointConfig.setCheckpointingMode is deprecated since Flink 1.20 and the target is Flink 2.0 \\(flink-2.0/pom.xml\\)"
        env.getCheckpointConfig().setForceCheckpointing(true);
        env.fromSequence(1, 10).keyBy(0).sum(1).uid("sum").print();
        env.execute("flink-2.0");
    }
}
