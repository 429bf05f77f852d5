// UID004: auto-generated uids disabled through PipelineOptions.AUTO_GENERATE_UIDS on the
// Configuration given to getExecutionEnvironment(conf). The fromElements source, the map and
// the print() sink all lack a uid.
package com.example.uid004;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class ConfigurationDisabledJob {

    public static void main(String[] args) throws Exception {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.AUTO_GENERATE_UIDS, false);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(conf);

        env.fromElements("alpha", "beta", "gamma") // want "UID004"
                .map(String::toUpperCase) // want "UID004"
                .print(); // want "UID004"

        env.execute("auto-uids-disabled-in-configuration");
    }
}
