// CKPT001 silent: BATCH jobs do not checkpoint (setRuntimeMode(RuntimeExecutionMode.BATCH)).
package com.example.ckpt001;

import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class BatchJobSilent {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setRuntimeMode(RuntimeExecutionMode.BATCH);

        FileSource<String> input = FileSource
                .forRecordStreamFormat(new TextLineInputFormat(), new Path("s3://acme-data/ledger/"))
                .build();

        env.fromSource(input, WatermarkStrategy.noWatermarks(), "ledger-files")
                .keyBy(line -> line.split(",")[0])
                .reduce((previous, latest) -> latest)
                .sinkTo(FileSink.forRowFormat(new Path("s3://acme-reports/ledger/"), new SimpleStringEncoder<String>("UTF-8")).build());

        env.execute("BatchJobSilent");
    }
}
