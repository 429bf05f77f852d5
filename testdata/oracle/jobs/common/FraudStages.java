package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.util.Collector;

/**
 * Reusable stages held by an object: every uid is the instance's prefix plus a suffix,
 * so two instances in one job give distinct uids. Used by {@link FraudStagesJob}.
 */
public class FraudStages {

    private final String prefix;

    public FraudStages(String prefix) {
        this.prefix = prefix;
    }

    private String uid(String stage) {
        return prefix + "-" + stage;
    }

    public SingleOutputStreamOperator<Payment> velocity(DataStream<Payment> payments) {
        return payments
                .keyBy(p -> p.accountId)
                .process(new VelocityCheck())
                .uid(uid("velocity"))
                .name(prefix + " velocity");
    }

    public SingleOutputStreamOperator<Payment> hourlyPeak(DataStream<Payment> payments) {
        return payments
                .keyBy(p -> p.accountId)
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1)))
                .maxBy("amount")
                .uid(uid("hourly-peak"));
    }

    /** Passes a payment on when the account made another payment less than a second ago. */
    public static class VelocityCheck extends KeyedProcessFunction<String, Payment, Payment> {
        private transient ValueState<Long> lastSeen;

        @Override
        public void open(OpenContext openContext) {
            lastSeen = getRuntimeContext().getState(new ValueStateDescriptor<>("last-seen", Types.LONG));
        }

        @Override
        public void processElement(Payment payment, Context ctx, Collector<Payment> out) throws Exception {
            Long last = lastSeen.value();
            if (last != null && payment.timestamp - last < 1000) {
                out.collect(payment);
            }
            lastSeen.update(payment.timestamp);
        }
    }
}
