package com.example.cfg006;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class TypoInCodeJob {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setString("execution.checkpointing.intervall", "60 s"); // want "CFG006: key \"execution.checkpointing.intervall\" set with Configuration.setString is not a Flink configuration key, so Flink ignores it; did you mean execution.checkpointing.interval\\?"
        conf.setString("pipeline.max-parallelism", "128");
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
