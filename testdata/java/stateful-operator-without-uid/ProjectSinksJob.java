// UID001 on project sinks (SPEC §3: a sink is stateful only when it holds state, checked
// against the savepoints Flink takes, testdata/oracle): a Sink V2 with a committer and a
// SinkFunction that implements CheckpointedFunction are reported; a Sink V2 whose writer
// keeps no state and an anonymous no-op SinkFunction are silent.
package com.example.uid001;

import com.example.uid001.functions.AuditLogSink;
import com.example.uid001.functions.BufferingSink;
import com.example.uid001.functions.LedgerSink;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.SinkFunction;

public class ProjectSinksJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        DataStream<String> lines = env.fromElements("a", "b", "c");

        lines.sinkTo(new AuditLogSink()).name("audit");

        lines.sinkTo(ledger()).name("ledger"); // want "UID001: sinkTo"

        lines.addSink(new SinkFunction<String>() {
            @Override
            public void invoke(String value, Context context) {}
        }).name("no-op");

        lines.map(String::length).addSink(new BufferingSink()); // want "UID001: addSink"

        env.execute("project sinks");
    }

    static LedgerSink ledger() {
        return null;
    }
}
