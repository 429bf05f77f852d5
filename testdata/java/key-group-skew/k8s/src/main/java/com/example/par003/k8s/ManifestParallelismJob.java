// PAR003 fires in the manifest: its job.parallelism 48 over the code's max parallelism 64.
package com.example.par003.k8s;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class ManifestParallelismJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setMaxParallelism(64);
        env.socketTextStream("localhost", 9999).keyBy(line -> line).reduce((a, b) -> a + b).uid("counts").print();
        env.execute("ManifestParallelismJob");
    }
}
