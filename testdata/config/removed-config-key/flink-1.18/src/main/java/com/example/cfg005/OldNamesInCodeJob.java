package com.example.cfg005;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class OldNamesInCodeJob {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        // Keys set in code reach the rules under their current names
        // (execution.checkpointing.dir, 1.20+): the 1.18 names are not
        // reported as keys 1.18 does not read.
        conf.setString("state.checkpoints.dir", "s3://flink/checkpoints");
        conf.setString("state.backend.incremental", "true");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
