package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * The classic fraud detector: a small payment followed by a large one on the same
 * account within a minute. ValueState for the flag and the timer, processing-time timers.
 */
// oracle: run
public class FraudDetectionJob {

    static final double SMALL = 10.0;
    static final double LARGE = 50.0;
    static final long ONE_MINUTE = 60 * 1000L;

    public static class FraudDetector extends KeyedProcessFunction<String, Payment, String> {
        private transient ValueState<Boolean> sawSmall;
        private transient ValueState<Long> timer;

        @Override
        public void open(OpenContext openContext) {
            sawSmall = getRuntimeContext().getState(new ValueStateDescriptor<>("saw-small", Types.BOOLEAN));
            timer = getRuntimeContext().getState(new ValueStateDescriptor<>("timer", Types.LONG));
        }

        @Override
        public void processElement(Payment payment, Context ctx, Collector<String> out) throws Exception {
            if (sawSmall.value() != null && payment.amount > LARGE) {
                out.collect("possible fraud on " + payment.accountId + ": " + payment);
                clear(ctx);
            }
            if (payment.amount < SMALL) {
                sawSmall.update(true);
                long at = ctx.timerService().currentProcessingTime() + ONE_MINUTE;
                ctx.timerService().registerProcessingTimeTimer(at);
                timer.update(at);
            }
        }

        @Override
        public void onTimer(long timestamp, OnTimerContext ctx, Collector<String> out) {
            sawSmall.clear();
            timer.clear();
        }

        private void clear(Context ctx) throws Exception {
            Long at = timer.value();
            if (at != null) {
                ctx.timerService().deleteProcessingTimeTimer(at);
            }
            sawSmall.clear();
            timer.clear();
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Payment> payments = env
                .fromSource(DemoSources.payments(80), DemoSources.paymentWatermarks(), "payments")
                .uid("payments");

        DataStream<String> alerts = payments
                .keyBy(p -> p.accountId)
                .process(new FraudDetector())
                .uid("fraud-detector")
                .name("fraud detector");

        alerts.print().name("alerts");

        env.execute("fraud detection");
    }
}
