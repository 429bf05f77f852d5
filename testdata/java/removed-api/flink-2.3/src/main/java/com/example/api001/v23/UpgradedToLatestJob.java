// Flink 2.3 (pom.xml): what 2.0 removed stays removed. Flink 2.1, 2.2 and 2.3 deprecated and
// removed nothing more of the API flinklint catalogs (their jars were compared); what 1.20
// deprecated without removing is API002's (testdata/java/deprecated-api/flink-2.3).
package com.example.api001.v23;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class UpgradedToLatestJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRestartStrategy(RestartStrategies.noRestart()); // want "API001: StreamExecutionEnvironment.setRestartStrategy was removed in Flink 2.0 and the target is Flink 2.3 \\(flink-2.3/pom.xml\\)" "API001: RestartStrategies.noRestart"
        env.enableCheckpointing(60_000, CheckpointingMode.EXACTLY_ONCE);
        env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
        env.fromSequence(1, 10).keyBy(v -> v % 4).reduce(Long::sum).uid("sum").print();
        env.execute("upgraded");
    }
}
