package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFilterFunction;
import org.apache.flink.api.common.state.StateTtlConfig;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** De-duplication of payments by id with a keyed RichFilterFunction and state TTL. */
// oracle: run
public class DeduplicateWithTtl {

    static class FirstSeen extends RichFilterFunction<Payment> {
        private transient ValueState<Boolean> seen;

        @Override
        public void open(OpenContext openContext) {
            ValueStateDescriptor<Boolean> descriptor = new ValueStateDescriptor<>("seen", Types.BOOLEAN);
            descriptor.enableTimeToLive(StateTtlConfig.newBuilder(Duration.ofHours(24))
                    .setUpdateType(StateTtlConfig.UpdateType.OnCreateAndWrite)
                    .setStateVisibility(StateTtlConfig.StateVisibility.NeverReturnExpired)
                    .build());
            seen = getRuntimeContext().getState(descriptor);
        }

        @Override
        public boolean filter(Payment payment) throws Exception {
            if (seen.value() != null) {
                return false;
            }
            seen.update(true);
            return true;
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.payments(50), WatermarkStrategy.noWatermarks(), "payments")
                .uid("payments")
                .map(p -> {
                    p.paymentId = p.paymentId % 500; // replays make duplicates
                    return p;
                })
                .name("simulate replays")
                .keyBy(p -> p.paymentId)
                .filter(new FirstSeen())
                .uid("dedupe")
                .name("drop duplicate payments")
                .print();

        env.execute("deduplicate with TTL");
    }
}
