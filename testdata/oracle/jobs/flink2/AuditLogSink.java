package dev.flinklint.oraclejobs;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * A project Sink V2 whose writer keeps no state: it only counts audit lines.
 * Flink 2.x version: Sink has only createWriter(WriterInitContext).
 */
public class AuditLogSink implements Sink<String> {

    private final String channel;

    public AuditLogSink(String channel) {
        this.channel = channel;
    }

    @Override
    public SinkWriter<String> createWriter(WriterInitContext context) {
        return new AuditWriter(channel);
    }

    static class AuditWriter implements SinkWriter<String> {
        private final String channel;
        private long written;

        AuditWriter(String channel) {
            this.channel = channel;
        }

        @Override
        public void write(String line, Context context) {
            written++;
        }

        @Override
        public void flush(boolean endOfInput) {
            // nothing buffered
        }

        @Override
        public void close() {
            written = 0;
        }

        @Override
        public String toString() {
            return channel + ": " + written;
        }
    }
}
