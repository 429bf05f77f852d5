package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/**
 * The ways uids are written: a literal, a constant, a concatenation of a constant and a
 * version, a uid built from a local variable, setUidHash, and operators with no uid at all.
 */
// oracle: run
public class UidStyles {

    static final String SOURCE_UID = "orders-source";
    static final String PREFIX = "billing-";
    static final int VERSION = 2;

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        String team = "payments";

        env.fromSource(DemoSources.orders(40), WatermarkStrategy.noWatermarks(), "orders")
                .uid(SOURCE_UID)
                .filter(o -> o.amount > 6.0)
                .map(o -> o)
                .uid(PREFIX + "identity-v" + VERSION)
                .keyBy(o -> o.customerId)
                .sum("amount")
                .uid(team + "-" + "totals")
                .map(o -> o.customerId + "=" + o.amount)
                .setUidHash("8a4e5c1d3b2f60718293a4b5c6d7e8f9")
                .name("format with uid hash")
                .filter(s -> !s.isEmpty())
                .uid("non-empty")
                .sinkTo(new DiscardingSink<>())
                .uid(PREFIX + "sink");

        env.execute("uid styles");
    }
}
