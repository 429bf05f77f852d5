// A helper that adds a map with the literal uid "normalize". HelperTwiceJob calls it twice in
// one job, so two operators carry "normalize": the later duplicate's .uid( call is this line.
// Both occurrences are at the same place, so there is exactly one finding here.
package com.example.uid002;

import org.apache.flink.streaming.api.datastream.DataStream;

public final class NormalizeSteps {

    private NormalizeSteps() {}

    public static DataStream<String> normalize(DataStream<String> in) {
        return in
                .map(line -> line.trim().toLowerCase())
                .uid("normalize"); // want "UID002"
    }
}
