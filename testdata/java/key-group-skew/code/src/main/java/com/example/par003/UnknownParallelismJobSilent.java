// PAR003 silent: the parallelism comes from an argument flinklint cannot compute.
package com.example.par003;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class UnknownParallelismJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(Integer.parseInt(args[0]));
        env.setMaxParallelism(128);
        env.socketTextStream("localhost", 9999).keyBy(line -> line).reduce((a, b) -> a + b).uid("counts").print();
        env.execute("UnknownParallelismJobSilent");
    }
}
