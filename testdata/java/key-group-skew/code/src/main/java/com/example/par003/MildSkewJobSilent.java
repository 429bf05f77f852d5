// PAR003 silent: 10 over 128 gives 8 subtasks 13 key groups and 2 subtasks 12, 1.02x the average.
package com.example.par003;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class MildSkewJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(10);
        env.setMaxParallelism(128);
        env.socketTextStream("localhost", 9999).keyBy(line -> line).reduce((a, b) -> a + b).uid("counts").print();
        env.execute("MildSkewJobSilent");
    }
}
