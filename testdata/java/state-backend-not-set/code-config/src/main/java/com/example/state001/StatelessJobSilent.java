// STATE001 silent: no stateful operator (fromElements, map, print).
package com.example.state001;

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
