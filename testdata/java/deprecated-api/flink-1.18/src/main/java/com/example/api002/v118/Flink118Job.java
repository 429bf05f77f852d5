// Flink 1.18 (pom.xml): SourceFunction/addSource were deprecated in 1.18, enableExternalizedCheckpoints
// in 1.15, keyBy with field names and timeWindow long before. What 1.19 deprecated (setStateBackend,
// RestartStrategies, Time, Configuration.setInteger) is not deprecated yet: nothing there.
package com.example.api002.v118;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.environment.CheckpointConfig;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.time.Time;

public class Flink118Job {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setInteger("parallelism.default", 4);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setStateBackend(new EmbeddedRocksDBStateBackend(true));
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, Time.seconds(10)));
        env.enableCheckpointing(60_000);
        env.getCheckpointConfig().enableExternalizedCheckpoints( // want "API002: CheckpointConfig.enableExternalizedCheckpoints is deprecated since Flink 1.15 and removed in Flink 2.0; the target is Flink 1.18 \\(flink-1.18/pom.xml\\): set execution.checkpointing.externalized-checkpoint-retention"
                CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);
        env.getCheckpointConfig().setExternalizedCheckpointCleanup(
                CheckpointConfig.ExternalizedCheckpointCleanup.RETAIN_ON_CANCELLATION);

        env.addSource(new CounterSource()) // want "API002: StreamExecutionEnvironment.addSource is deprecated since Flink 1.18.*fromSource"
                .uid("counter")
                .keyBy("id") // want "API002: DataStream.keyBy\\(String\\) is deprecated before Flink 1.15 and removed in Flink 2.0"
                .timeWindow(Time.minutes(1)) // want "API002: KeyedStream.timeWindow is deprecated since Flink 1.12"
                .sum(1)
                .uid("sum")
                .print();
        env.execute("flink-1.18");
    }
}
