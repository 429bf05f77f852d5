package com.example.cfg004;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DeprecatedInCodeJob {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setString("taskmanager.heap.size", "1g"); // want "CFG004: key \"taskmanager.heap.size\" set with Configuration.setString is deprecated in Flink 1.20"
        conf.setString("execution.checkpointing.interval", "60 s");
        // Typed options exist by construction.
        conf.set(PipelineOptions.MAX_PARALLELISM, 128);
        // The key as written in code is checked, not its canonical name.
        conf.setString("state.checkpoints.dir", "s3://flink/checkpoints"); // want "CFG004: use execution.checkpointing.dir"
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
