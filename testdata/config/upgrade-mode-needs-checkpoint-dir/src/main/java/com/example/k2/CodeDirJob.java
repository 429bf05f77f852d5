// K8S002: the job sets its checkpoint directory in code, which the operator's validation never sees.
package com.example.k2;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class CodeDirJob {
    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(CheckpointingOptions.CHECKPOINTS_DIRECTORY, "s3://flink/checkpoints/code-dir");
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
        env.enableCheckpointing(60_000);
        env.socketTextStream("localhost", 9999).keyBy(l -> l).reduce((a, b) -> b).uid("latest").print();
        env.execute("code-dir");
    }
}
