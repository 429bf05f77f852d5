// STATE003 fires in the FlinkDeployment that runs this job: it picks RocksDB and nothing
// enables incremental checkpoints.
package com.example.s3;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DeployedJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.fromSequence(1, 1000).keyBy(n -> n % 10).reduce(Long::sum).uid("sum").print();
        env.execute("deployed");
    }
}
