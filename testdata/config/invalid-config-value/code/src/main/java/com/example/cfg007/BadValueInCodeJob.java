package com.example.cfg007;

import java.time.Duration;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class BadValueInCodeJob {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setString("execution.checkpointing.timeout", "10 minutes please"); // want "CFG007: value \"10 minutes please\" of key \"execution.checkpointing.timeout\" set with Configuration.setString is not a valid duration"
        conf.setString("execution.checkpointing.interval", "30 s");
        conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, Duration.ofSeconds(30));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
