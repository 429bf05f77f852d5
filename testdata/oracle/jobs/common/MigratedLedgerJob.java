package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.CustomSinkOperatorUidHashes;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * sinkTo with CustomSinkOperatorUidHashes: the writer and committer of a Sink V2 with a
 * committer ({@link LedgerSink}) keep the operator IDs of an older deployment.
 */
// oracle: run
public class MigratedLedgerJob {

    static final String OLD_WRITER_HASH = "2f8a6c0e1b3d4f5a6b7c8d9e0f1a2b3c";
    static final String OLD_COMMITTER_HASH = "9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b";

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(30_000);

        CustomSinkOperatorUidHashes hashes = CustomSinkOperatorUidHashes.builder()
                .setWriterUidHash(OLD_WRITER_HASH)
                .setCommitterUidHash(OLD_COMMITTER_HASH)
                .build();

        env.fromSource(DemoSources.payments(40), WatermarkStrategy.noWatermarks(), "payments")
                .uid("payments")
                .map(p -> p.paymentId + ";" + p.amount)
                .name("ledger entry")
                .sinkTo(new LedgerSink("migrated-ledger"), hashes)
                .name("migrated ledger");

        env.execute("migrated ledger");
    }
}
