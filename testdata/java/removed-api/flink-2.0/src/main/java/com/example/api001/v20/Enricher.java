// A rich function overriding open(Configuration), which Flink 2.0 no longer calls or declares.
package com.example.api001.v20;

import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;

public class Enricher extends RichMapFunction<String, String> {
    private transient String prefix;

    @Override
    public void open(Configuration parameters) { // want "API001: RichFunction.open\\(Configuration\\) \\(overridden by Enricher\\)"
        prefix = "enriched:";
    }

    @Override
    public String map(String value) {
        return prefix + value;
    }
}
