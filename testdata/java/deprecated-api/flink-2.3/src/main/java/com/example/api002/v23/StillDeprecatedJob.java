// Flink 2.3 (pom.xml): what 1.20 deprecated and 2.x kept is still deprecated in 2.3 (API002);
// Flink 2.1, 2.2 and 2.3 deprecated nothing more of the API flinklint catalogs.
package com.example.api002.v23;

import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class StillDeprecatedJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE); // want "API002: StreamExecutionEnvironment.enableCheckpointing\\(long, org.apache.flink.streaming.api.CheckpointingMode\\) is deprecated since Flink 1.20.*the target is Flink 2.3 \\(flink-2.3/pom.xml\\)"
        env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE); // want "API002: CheckpointConfig.setCheckpointingMode is deprecated since Flink 1.20"
        env.fromSequence(1, 10).keyBy(v -> v % 4).reduce(Long::sum).uid("sum").print();
        env.execute("still-deprecated");
    }
}
