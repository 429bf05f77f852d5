// No Flink version is known for this module (its pom.xml names none, and nothing else does):
// removed APIs are reported as notes that name the version that removed them. APIs that are
// deprecated but not removed (setCheckpointingMode) are API002's.
package com.example.api001.unknown;

import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.runtime.state.hashmap.HashMapStateBackend;
import org.apache.flink.streaming.api.CheckpointingMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class UnknownVersionJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setStateBackend(new HashMapStateBackend()); // want "API001: StreamExecutionEnvironment.setStateBackend is removed in Flink 2.0 \\(deprecated since Flink 1.19\\) and the target Flink version is unknown: set state.backend.type"
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().setCheckpointingMode(CheckpointingMode.EXACTLY_ONCE);
        env.getCheckpointConfig().setForceCheckpointing(false); // want "API001: CheckpointConfig.setForceCheckpointing is removed in Flink 2.0 \\(deprecated before Flink 1.15\\) and the target Flink version is unknown"
        env.fromSequence(1, 10)
                .filter(new NonZero())
                .print();
        env.execute("unknown-version");
    }

    // Used by this job only: judged against its (unknown) version, not the scan's highest.
    static class NonZero extends RichFilterFunction<Long> {
        @Override
        public void open(Configuration parameters) { // want "API001: RichFunction.open\\(Configuration\\) \\(overridden by NonZero\\) is removed in Flink 2.0 \\(deprecated since Flink 1.19\\) and the target Flink version is unknown"
        }

        @Override
        public boolean filter(Long value) {
            return value != 0;
        }
    }
}
