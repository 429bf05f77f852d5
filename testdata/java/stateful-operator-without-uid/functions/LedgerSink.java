// A Sink V2 with a committer: the committer operator keeps pending committables
// in the savepoint, so the sink is stateful.
package com.example.uid001.functions;

import java.io.IOException;
import java.util.Collection;
import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

public abstract class LedgerSink implements Sink<String>, SupportsCommitter<String> {

    @Override
    public abstract SinkWriter<String> createWriter(WriterInitContext context) throws IOException;

    @Override
    public abstract Committer<String> createCommitter(CommitterInitContext context);

    @Override
    public abstract SimpleVersionedSerializer<String> getCommittableSerializer();
}
