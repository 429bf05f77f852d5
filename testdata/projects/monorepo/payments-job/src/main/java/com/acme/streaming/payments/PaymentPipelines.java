// Pipeline steps of payments-job: they receive the DataStream from PaymentsJob and return the
// operators they create. validate() sets its uid in its own chain; hourlyTotals() returns the
// windowed aggregate and PaymentsJob sets its uid on the returned value. Nothing is reported.
package com.acme.streaming.payments;

import com.acme.streaming.common.Uids;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.AggregateFunction;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

import java.time.Duration;

final class PaymentPipelines {

    private PaymentPipelines() {}

    static WatermarkStrategy<Payment> watermarks() {
        return WatermarkStrategy
                .<Payment>forBoundedOutOfOrderness(Duration.ofSeconds(30))
                .withTimestampAssigner((payment, previous) -> payment.timestamp)
                .withIdleness(Duration.ofMinutes(1));
    }

    static SingleOutputStreamOperator<Payment> validate(DataStream<Payment> in) {
        return in
                .filter(p -> p.amountCents > 0 && p.merchantId != null)
                .uid(Uids.PAYMENTS_VALIDATE)
                .name("validate-payments");
    }

    static SingleOutputStreamOperator<MerchantTotal> hourlyTotals(DataStream<Payment> in) {
        return in
                .keyBy(p -> p.merchantId)
                .window(TumblingEventTimeWindows.of(Duration.ofHours(1)))
                .aggregate(new SumPayments(), new StampWindowEnd());
    }

    static final class SumPayments implements AggregateFunction<Payment, MerchantTotal, MerchantTotal> {
        @Override
        public MerchantTotal createAccumulator() {
            return new MerchantTotal();
        }

        @Override
        public MerchantTotal add(Payment payment, MerchantTotal acc) {
            acc.merchantId = payment.merchantId;
            acc.payments++;
            acc.amountCents += payment.amountCents;
            return acc;
        }

        @Override
        public MerchantTotal getResult(MerchantTotal acc) {
            return acc;
        }

        @Override
        public MerchantTotal merge(MerchantTotal a, MerchantTotal b) {
            a.payments += b.payments;
            a.amountCents += b.amountCents;
            return a;
        }
    }

    static final class StampWindowEnd extends ProcessWindowFunction<MerchantTotal, MerchantTotal, String, TimeWindow> {
        @Override
        public void process(String merchantId, Context ctx, Iterable<MerchantTotal> totals, Collector<MerchantTotal> out) {
            for (MerchantTotal total : totals) {
                total.windowEnd = ctx.window().getEnd();
                out.collect(total);
            }
        }
    }
}
