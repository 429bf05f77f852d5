// A legacy source no job of the scan uses: it is judged against the highest Flink version of
// the scan's jobs (2.3 here, from flink-2.3/pom.xml), so it is reported as removed.
package com.example.api001.v20;

import org.apache.flink.streaming.api.functions.source.SourceFunction;

public class UnusedLegacySource implements SourceFunction<Long> { // want "API001: SourceFunction \\(implemented by UnusedLegacySource\\) was removed in Flink 2.0 and the target is Flink 2.3 \\(flink-2.3/pom.xml\\)"
    @Override
    public void run(SourceContext<Long> ctx) {
    }

    @Override
    public void cancel() {
    }
}
