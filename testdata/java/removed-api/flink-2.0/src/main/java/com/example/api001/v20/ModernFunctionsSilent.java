// Flink 2.0-ready functions: open(OpenContext), the Hadoop Configuration in a non-Flink class,
// and a source and sink on the current APIs. Nothing is reported.
package com.example.api001.v20;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

public class ModernFunctionsSilent extends RichMapFunction<String, String> {
    @Override
    public void open(OpenContext openContext) {
    }

    @Override
    public String map(String value) {
        return value;
    }

    /** Not a Flink function: a Configuration of another library. */
    static class HadoopAware {
        public void open(org.apache.hadoop.conf.Configuration conf) {
        }
    }
}
