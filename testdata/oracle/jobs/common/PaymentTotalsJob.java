package dev.flinklint.oraclejobs;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Account totals built through the {@link PaymentPipeline} builder class in another file. */
// oracle: run
public class PaymentTotalsJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        new PaymentPipeline(env, "payments")
                .readPayments(50)
                .dropBelow(10.0)
                .totalsPerAccount()
                .print()
                .name("print account totals");

        env.execute("payment totals (builder class)");
    }
}
