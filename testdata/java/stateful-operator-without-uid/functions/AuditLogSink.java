// A Sink V2 whose writer keeps no state: no SupportsWriterState, no committer.
// Flink's savepoint holds nothing for its writer operator, so it needs no uid.
package com.example.uid001.functions;

import java.io.IOException;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

public class AuditLogSink implements Sink<String> {

    @Override
    public SinkWriter<String> createWriter(WriterInitContext context) throws IOException {
        return new SinkWriter<String>() {
            @Override
            public void write(String element, Context ctx) {
                System.out.println("audit " + element);
            }

            @Override
            public void flush(boolean endOfInput) {}

            @Override
            public void close() {}
        };
    }
}
