package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/** A ProcessFunction routing payments to two side outputs; each output gets its own sink. */
// oracle: run
public class SideOutputRouter {

    static final OutputTag<Payment> REFUNDS = new OutputTag<Payment>("refunds") {};
    static final OutputTag<String> SUSPICIOUS = new OutputTag<String>("suspicious") {};

    static class Route extends ProcessFunction<Payment, Payment> {
        @Override
        public void processElement(Payment payment, Context ctx, Collector<Payment> out) {
            if (payment.amount < 8.0) {
                ctx.output(REFUNDS, payment);
            } else if (payment.amount > 50.0) {
                ctx.output(SUSPICIOUS, payment.accountId + " paid " + payment.amount);
                out.collect(payment);
            } else {
                out.collect(payment);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        SingleOutputStreamOperator<Payment> regular = env
                .fromSource(DemoSources.payments(50), WatermarkStrategy.noWatermarks(), "payments")
                .process(new Route())
                .uid("route-payments")
                .name("route payments");

        DataStream<Payment> refunds = regular.getSideOutput(REFUNDS);
        DataStream<String> suspicious = regular.getSideOutput(SUSPICIOUS);

        regular.keyBy(p -> p.accountId).sum("amount").uid("regular-totals").print().name("regular totals");
        refunds.map(p -> "refund " + p.paymentId).print().name("refunds");
        suspicious.sinkTo(new DiscardingSink<>()).name("suspicious sink").uid("suspicious-sink");

        env.execute("side output router");
    }
}
