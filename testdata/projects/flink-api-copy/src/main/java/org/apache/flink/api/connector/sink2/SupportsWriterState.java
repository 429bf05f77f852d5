// A stand-in for Flink's interface source. Nothing is reported here.
package org.apache.flink.api.connector.sink2;

public interface SupportsWriterState<InputT, WriterStateT> {
}
