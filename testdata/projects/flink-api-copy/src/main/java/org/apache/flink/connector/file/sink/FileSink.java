// A stand-in for Flink's FileSink source, as in Flink's own tree: a Sink V2 with writer state
// and a committer, so sinkTo(new FileSink<>()) stays stateful with or without this file.
// Nothing is reported here.
package org.apache.flink.connector.file.sink;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SupportsWriterState;

public class FileSink<IN> implements Sink<IN>, SupportsWriterState<IN, String> {
}
