// A stand-in for Flink's DiscardingSink source: a Sink V2 without state, so sinkTo(new
// DiscardingSink<>()) stays stateless with or without this file. Nothing is reported here.
package org.apache.flink.streaming.api.functions.sink.v2;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SupportsConcurrentExecutionAttempts;

public class DiscardingSink<IN> implements Sink<IN>, SupportsConcurrentExecutionAttempts {
}
