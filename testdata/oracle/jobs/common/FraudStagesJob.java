package dev.flinklint.oraclejobs;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** Two instances of the {@link FraudStages} helper class (other file), each with its own uid prefix. */
// oracle: run
public class FraudStagesJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Payment> payments = env
                .fromSource(DemoSources.payments(60), DemoSources.paymentWatermarks(), "payments")
                .uid("payments");

        FraudStages cards = new FraudStages("cards");
        FraudStages wallets = new FraudStages("wallets");

        DataStream<Payment> cardPayments = payments.filter(p -> p.paymentId % 2 == 0).name("card payments");
        DataStream<Payment> walletPayments = payments.filter(p -> p.paymentId % 2 == 1).name("wallet payments");

        cards.velocity(cardPayments).print();
        cards.hourlyPeak(cardPayments).print();
        wallets.velocity(walletPayments).print();

        env.execute("fraud stages (helper instances)");
    }
}
