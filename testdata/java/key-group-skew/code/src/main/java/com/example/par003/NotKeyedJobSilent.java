// PAR003 silent: no keyed operator, so no key groups to spread.
package com.example.par003;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class NotKeyedJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(100);
        env.setMaxParallelism(128);
        env.socketTextStream("localhost", 9999).map(String::trim).filter(s -> !s.isEmpty()).print();
        env.execute("NotKeyedJobSilent");
    }
}
