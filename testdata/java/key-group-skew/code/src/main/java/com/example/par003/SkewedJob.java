// PAR003 fires at the parallelism: 100 over 128 key groups gives 28 subtasks two key groups and 72 one.
package com.example.par003;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class SkewedJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(100); // want "PAR003: max parallelism 128 is not a multiple of parallelism 100 \\(env.setParallelism at SkewedJob.java:9, env.setMaxParallelism at SkewedJob.java:10\\): 28 subtasks own 2 key groups and 72 own 1, so the busiest carry 1.56x .*use parallelism 80 or 128 .*max parallelism 200 is a multiple"
        env.setMaxParallelism(128);
        env.socketTextStream("localhost", 9999)
                .keyBy(line -> line)
                .reduce((a, b) -> a + b)
                .uid("counts")
                .print();
        env.execute("SkewedJob");
    }
}
