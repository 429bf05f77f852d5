// PAR003 silent: the max parallelism is derived by Flink (PAR001 asks for an explicit one).
package com.example.par003;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DerivedMaxJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(100);
        env.socketTextStream("localhost", 9999).keyBy(line -> line).reduce((a, b) -> a + b).uid("counts").print();
        env.execute("DerivedMaxJobSilent");
    }
}
