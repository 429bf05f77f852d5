// PAR003 fires at the keyed operator that overrides the even job-level parallelism.
package com.example.par003;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class OperatorParallelismJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(64);
        env.setMaxParallelism(128);
        env.socketTextStream("localhost", 9999)
                .keyBy(line -> line)
                .reduce((a, b) -> a + b)
                .setParallelism(96) // want "PAR003: keyed operator \"reduce\": max parallelism 128 is not a multiple of parallelism 96: 32 subtasks own 2 key groups and 64 own 1"
                .uid("counts")
                .print();
        env.execute("OperatorParallelismJob");
    }
}
