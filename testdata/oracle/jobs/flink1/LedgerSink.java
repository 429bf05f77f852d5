package dev.flinklint.oraclejobs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.flink.api.connector.sink2.Committer;
import org.apache.flink.api.connector.sink2.CommitterInitContext;
import org.apache.flink.api.connector.sink2.CommittingSinkWriter;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.SupportsCommitter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.core.io.SimpleVersionedSerializer;

/**
 * A project Sink V2 with a committer (SupportsCommitter): the writer stages ledger entries
 * and hands one committable per checkpoint to the committer, which "posts" them.
 * Flink 1.20 version: Sink still declares the deprecated createWriter(InitContext).
 */
public class LedgerSink implements Sink<String>, SupportsCommitter<String> {

    private final String ledger;

    public LedgerSink(String ledger) {
        this.ledger = ledger;
    }

    @Override
    @SuppressWarnings("deprecation")
    public SinkWriter<String> createWriter(InitContext context) {
        return new LedgerWriter(ledger);
    }

    @Override
    public CommittingSinkWriter<String, String> createWriter(WriterInitContext context) {
        return new LedgerWriter(ledger);
    }

    @Override
    public Committer<String> createCommitter(CommitterInitContext context) {
        return new LedgerCommitter();
    }

    @Override
    public SimpleVersionedSerializer<String> getCommittableSerializer() {
        return new Utf8StringSerializer();
    }

    static class LedgerWriter implements CommittingSinkWriter<String, String> {
        private final String ledger;
        private final List<String> staged = new ArrayList<>();

        LedgerWriter(String ledger) {
            this.ledger = ledger;
        }

        @Override
        public void write(String entry, Context context) {
            staged.add(entry);
        }

        @Override
        public void flush(boolean endOfInput) {
            // entries stay staged until prepareCommit
        }

        @Override
        public Collection<String> prepareCommit() {
            List<String> committables = new ArrayList<>();
            if (!staged.isEmpty()) {
                committables.add(ledger + ":" + staged.size());
                staged.clear();
            }
            return committables;
        }

        @Override
        public void close() {
            staged.clear();
        }
    }

    static class LedgerCommitter implements Committer<String> {
        private long posted;

        @Override
        public void commit(Collection<CommitRequest<String>> requests) throws IOException {
            for (CommitRequest<String> request : requests) {
                posted += request.getCommittable().length();
            }
        }

        @Override
        public void close() {
            posted = 0;
        }
    }
}
