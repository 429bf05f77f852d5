// PAR003's finding for this job sits in the module's config.yaml, where both values are set.
package com.example.par003.yaml;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class YamlSkewJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.socketTextStream("localhost", 9999).keyBy(line -> line).reduce((a, b) -> a + b).uid("counts").print();
        env.execute("YamlSkewJob");
    }
}
