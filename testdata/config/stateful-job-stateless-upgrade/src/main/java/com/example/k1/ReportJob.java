// K8S001: a stateful job that runs in BATCH mode.
package com.example.k1;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class ReportJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);
        env.fromSequence(1, 1000).keyBy(n -> n % 7).reduce(Long::sum).print();
        env.execute("report");
    }
}
