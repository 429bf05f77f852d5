// UID005 silent: java.util.stream map/filter/reduce are not Flink operators (no job here).
package com.example.uid005;

import java.util.List;

public final class StreamUtilsSilent {

    private StreamUtilsSilent() {}

    public static int totalLength(List<String> lines) {
        return lines.stream()
                .map(String::trim)
                .filter(line -> !line.isEmpty())
                .map(String::length)
                .reduce(0, Integer::sum);
    }
}
