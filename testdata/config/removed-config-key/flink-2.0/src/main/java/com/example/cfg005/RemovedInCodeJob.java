package com.example.cfg005;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class RemovedInCodeJob {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.setString("security.ssl.enabled", "true"); // want "CFG005: key \"security.ssl.enabled\" set with Configuration.setString is not read by Flink 2.0"
        conf.setString("execution.checkpointing.interval", "60 s");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.fromSequence(1, 10).print();
        env.execute();
    }
}
