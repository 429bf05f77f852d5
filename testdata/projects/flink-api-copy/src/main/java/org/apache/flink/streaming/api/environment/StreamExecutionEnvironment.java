// A patched copy of one of Flink's API classes, kept in the repository to carry a fix (issue 14).
// flinklint must keep treating the type as Flink's: the job in com.acme.orders is analyzed
// exactly as it is without this file. Nothing is reported here.
package org.apache.flink.streaming.api.environment;

import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.datastream.DataStream;

public class StreamExecutionEnvironment {

    private final Configuration configuration;

    protected StreamExecutionEnvironment(Configuration configuration) {
        this.configuration = configuration;
    }

    public static StreamExecutionEnvironment getExecutionEnvironment() {
        return getExecutionEnvironment(new Configuration());
    }

    public static StreamExecutionEnvironment getExecutionEnvironment(Configuration configuration) {
        // the patched part: a default the team wants everywhere
        return new StreamExecutionEnvironment(configuration);
    }

    public DataStream<Long> fromSequence(long from, long to) {
        return new DataStream<>(this);
    }

    public StreamExecutionEnvironment enableCheckpointing(long interval) {
        return this;
    }

    public void execute(String jobName) throws Exception {}
}
