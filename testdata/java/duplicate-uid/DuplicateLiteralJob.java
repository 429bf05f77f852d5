// UID002: two operators of one job share a literal uid. The first occurrence is fine; every
// later duplicate is reported on its .uid( line: the filter reuses the map's "parse", and the
// print sink reuses the source's "events-source".
package com.example.uid002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DuplicateLiteralJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> events = env
                .fromSource(Events.source("events"), WatermarkStrategy.noWatermarks(), "events")
                .uid("events-source");

        DataStream<String> parsed = events
                .map(String::trim)
                .uid("parse");

        DataStream<String> nonEmpty = parsed
                .filter(line -> !line.isEmpty())
                .uid("parse"); // want "UID002"

        nonEmpty
                .keyBy(Events::userOf)
                .reduce((previous, latest) -> latest)
                .uid("latest-per-user")
                .sinkTo(Events.sink("latest"))
                .uid("latest-sink");

        events
                .print()
                .uid("events-source"); // want "UID002"

        env.execute("duplicate-literal");
    }
}
