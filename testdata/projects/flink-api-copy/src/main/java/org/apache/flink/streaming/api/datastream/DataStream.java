// A patched copy of Flink's DataStream (see StreamExecutionEnvironment.java beside it).
// Nothing is reported here.
package org.apache.flink.streaming.api.datastream;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class DataStream<T> {

    private final StreamExecutionEnvironment environment;

    public DataStream(StreamExecutionEnvironment environment) {
        this.environment = environment;
    }

    public StreamExecutionEnvironment getExecutionEnvironment() {
        return environment;
    }
}
