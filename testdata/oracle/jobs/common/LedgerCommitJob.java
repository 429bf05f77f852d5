package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * sinkTo a project Sink V2 with a committer ({@link LedgerSink}, SupportsCommitter; one
 * class per Flink line). Flink expands it into a writer and a committer operator.
 */
// oracle: run
public class LedgerCommitJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(30_000);

        DataStream<String> entries = env
                .fromSource(DemoSources.payments(50), WatermarkStrategy.noWatermarks(), "payments")
                .uid("payments")
                .map(p -> p.accountId + ";" + p.amount)
                .name("ledger entry");

        entries.sinkTo(new LedgerSink("general-ledger"))
                .uid("ledger")
                .name("general ledger");

        env.execute("ledger commit");
    }
}
