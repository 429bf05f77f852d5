// open(Configuration) is deprecated since 1.19 in favour of open(OpenContext).
package com.example.api002.v120;

import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.configuration.Configuration;

public class Render extends RichMapFunction<Long, String> {
    @Override
    public void open(Configuration parameters) throws Exception { // want "API002: RichFunction.open\\(Configuration\\) \\(overridden by Render\\) is deprecated since Flink 1.19 and removed in Flink 2.0.*open\\(OpenContext\\)"
        super.open(parameters);
    }

    @Override
    public String map(Long value) {
        return "n=" + value;
    }
}
