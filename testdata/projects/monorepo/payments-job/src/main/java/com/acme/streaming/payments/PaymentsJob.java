// payments-job: no configuration in code; max parallelism, checkpointing (interval, min pause,
// retention, s3:// directory) and the RocksDB backend come from this module's
// src/main/resources/flink-conf.yaml, so no job-level rule fires. Operators are built through
// PaymentPipelines (another file); every one has a uid, the hourly aggregate's set later on
// the variable that holds it. Nothing is reported in this module.
package com.acme.streaming.payments;

import com.acme.streaming.common.KafkaConnectors;
import com.acme.streaming.common.Uids;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class PaymentsJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Payment> payments = env
                .fromSource(KafkaConnectors.jsonSource("payments", "payments-job", Payment.class), PaymentPipelines.watermarks(), "payments")
                .uid(Uids.PAYMENTS_SOURCE)
                .name("payments");

        DataStream<Payment> valid = PaymentPipelines.validate(payments);

        SingleOutputStreamOperator<MerchantTotal> hourly = PaymentPipelines.hourlyTotals(valid);
        hourly.uid(Uids.PAYMENTS_HOURLY_TOTALS);
        hourly.name("hourly-merchant-totals");

        hourly
                .sinkTo(KafkaConnectors.<MerchantTotal>jsonSink("merchant-totals", "payments-job"))
                .uid(Uids.PAYMENTS_SINK)
                .name("merchant-totals");

        env.execute("payments-job");
    }
}
