// K8S001: a stateless job (socket source, filter, print).
package com.example.k1;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class FilterJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("localhost", 9999).filter(line -> !line.isEmpty()).print();
        env.execute("filter");
    }
}
