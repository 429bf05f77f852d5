// PAR001 silent: the job has no stateful operator (fromElements is a bounded collection
// source, map and print are stateless), so max parallelism does not matter.
package com.example.par001;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class StatelessJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        // Bounded collection source, map and print only: no operator keeps state.
        env.fromElements("alpha", "beta", "gamma")
                .map(String::toUpperCase)
                .print();

        env.execute("StatelessJobSilent");
    }
}
