// batch-report: a BATCH job (setRuntimeMode(RuntimeExecutionMode.BATCH)) over yesterday's
// files. The uid, checkpoint and retention rules skip batch jobs, so the source, keyed reduce
// and sink without uid and the missing checkpointing report nothing. Max parallelism and the
// state backend come from this module's flink-conf.yaml. Nothing is reported in this module.
package com.acme.streaming.report;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.time.LocalDate;

public class DailyReportJob {

    public static void main(String[] args) throws Exception {
        LocalDate day = args.length > 0 ? LocalDate.parse(args[0]) : LocalDate.now().minusDays(1);

        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);

        FileSource<String> input = FileSource
                .forRecordStreamFormat(new TextLineInputFormat(), new Path("s3://acme-lake/payments/dt=" + day + "/"))
                .build();

        FileSink<String> output = FileSink
                .forRowFormat(new Path("s3://acme-reports/merchant-daily/dt=" + day + "/"), new SimpleStringEncoder<String>("UTF-8"))
                .build();

        env.fromSource(input, WatermarkStrategy.noWatermarks(), "payments-" + day)
                .map(ReportLine::parse)
                .keyBy(line -> line.merchantId)
                .reduce(ReportLine::add)
                .map(ReportLine::toCsv)
                .sinkTo(output);

        env.execute("merchant-daily-report-" + day);
    }

    public static class ReportLine {
        public String merchantId;
        public long payments;
        public long amountCents;

        public ReportLine() {}

        static ReportLine parse(String csv) {
            String[] f = csv.split(",");
            ReportLine r = new ReportLine();
            r.merchantId = f[1];
            r.payments = 1;
            r.amountCents = Long.parseLong(f[3]);
            return r;
        }

        ReportLine add(ReportLine other) {
            ReportLine r = new ReportLine();
            r.merchantId = merchantId;
            r.payments = payments + other.payments;
            r.amountCents = amountCents + other.amountCents;
            return r;
        }

        String toCsv() {
            return merchantId + "," + payments + "," + amountCents;
        }
    }
}
