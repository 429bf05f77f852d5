// K8S001: a stateful streaming job (a keyed reduce); the manifests in k8s/ deploy it.
package com.example.k1;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class CountsJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(60_000);
        env.socketTextStream("localhost", 9999)
                .keyBy(line -> line)
                .reduce((a, b) -> a + b)
                .uid("counts")
                .print();
        env.execute("counts");
    }
}
