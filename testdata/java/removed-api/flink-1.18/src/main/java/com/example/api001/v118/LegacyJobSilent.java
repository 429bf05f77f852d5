// Flink 1.18 (pom.xml) still has every API below (some deprecated, which is API002's business):
// API001 reports nothing in this module.
package com.example.api001.v118;

import org.apache.flink.api.common.restartstrategy.RestartStrategies;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.contrib.streaming.state.EmbeddedRocksDBStateBackend;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.windowing.time.Time;

public class LegacyJobSilent {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setInteger("parallelism.default", 4);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.setStateBackend(new EmbeddedRocksDBStateBackend(true));
        env.setRestartStrategy(RestartStrategies.fixedDelayRestart(3, Time.seconds(10)));
        env.getCheckpointConfig().setCheckpointStorage("s3://flink/checkpoints");
        env.addSource(new OldSource())
                .uid("old")
                .keyBy("id")
                .timeWindow(Time.minutes(1))
                .sum(1)
                .uid("sum")
                .print();
        env.execute("legacy-1.18");
    }
}
