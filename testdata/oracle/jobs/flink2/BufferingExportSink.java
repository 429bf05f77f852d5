package dev.flinklint.oraclejobs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.api.connector.sink2.SupportsWriterState;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A project Sink V2 with a stateful writer (SupportsWriterState): lines not yet exported
 * are kept in the writer state at each checkpoint.
 * Flink 2.x version: Sink has only createWriter(WriterInitContext).
 */
public class BufferingExportSink implements Sink<String>, SupportsWriterState<String, String> {

    private final int batchSize;

    public BufferingExportSink(int batchSize) {
        this.batchSize = batchSize;
    }

    @Override
    public StatefulSinkWriter<String, String> createWriter(WriterInitContext context) {
        return new ExportWriter(batchSize, Collections.emptyList());
    }

    @Override
    public StatefulSinkWriter<String, String> restoreWriter(WriterInitContext context, Collection<String> recovered) {
        return new ExportWriter(batchSize, recovered);
    }

    @Override
    public SimpleVersionedSerializer<String> getWriterStateSerializer() {
        return new Utf8StringSerializer();
    }

    static class ExportWriter implements StatefulSinkWriter<String, String> {
        private final int batchSize;
        private final List<String> buffer;

        ExportWriter(int batchSize, Collection<String> recovered) {
            this.batchSize = batchSize;
            this.buffer = new ArrayList<>(recovered);
        }

        @Override
        public void write(String line, Context context) {
            buffer.add(line);
            if (buffer.size() >= batchSize) {
                buffer.clear(); // pretend the batch was exported
            }
        }

        @Override
        public void flush(boolean endOfInput) {
            if (endOfInput) {
                buffer.clear();
            }
        }

        @Override
        public List<String> snapshotState(long checkpointId) {
            return new ArrayList<>(buffer);
        }

        @Override
        public void close() {
            buffer.clear();
        }
    }
}
