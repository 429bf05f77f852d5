package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/** A small pipeline builder used by {@link PaymentTotalsJob}: each step wraps the stream. */
public class PaymentPipeline {

    private final StreamExecutionEnvironment env;
    private final String prefix;
    private DataStream<Payment> payments;

    public PaymentPipeline(StreamExecutionEnvironment env, String prefix) {
        this.env = env;
        this.prefix = prefix;
    }

    public PaymentPipeline readPayments(int perSecond) {
        payments = env.fromSource(DemoSources.payments(perSecond), WatermarkStrategy.noWatermarks(), "payments")
                .uid(prefix + "-source");
        return this;
    }

    public PaymentPipeline dropBelow(double minimum) {
        payments = payments.filter(p -> p.amount >= minimum).name("drop small payments");
        return this;
    }

    public DataStream<Tuple2<String, Double>> totalsPerAccount() {
        return payments
                .keyBy(p -> p.accountId)
                .process(new AccountTotals())
                .uid(prefix + "-account-totals")
                .name("account totals");
    }

    /** Keeps the running total of an account in ValueState. */
    public static class AccountTotals extends KeyedProcessFunction<String, Payment, Tuple2<String, Double>> {
        private transient ValueState<Double> total;

        @Override
        public void open(OpenContext openContext) {
            total = getRuntimeContext().getState(new ValueStateDescriptor<>("total", Double.class));
        }

        @Override
        public void processElement(Payment payment, Context ctx, Collector<Tuple2<String, Double>> out)
                throws Exception {
            Double current = total.value();
            double updated = (current == null ? 0.0 : current) + payment.amount;
            total.update(updated);
            out.collect(Tuple2.of(payment.accountId, updated));
        }
    }
}
