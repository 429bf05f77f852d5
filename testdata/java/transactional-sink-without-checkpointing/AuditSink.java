package com.example.sink003;

import org.apache.flink.streaming.api.functions.sink.TwoPhaseCommitSinkFunction;

// A project sink that writes each checkpoint's records in one database transaction.
public abstract class AuditSink extends TwoPhaseCommitSinkFunction<String, String, Void> {
    protected AuditSink() {
        super(null, null);
    }
}
