// UID001 silent: a BATCH job (setRuntimeMode(RuntimeExecutionMode.BATCH)) never restores from
// a savepoint, so the uid rules are skipped even for the source, keyed reduce and sink below.
package com.example.uid001;

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
                .forRecordStreamFormat(new TextLineInputFormat(), new Path("s3://acme-data/events/2024-05-01/"))
                .build();

        env.fromSource(input, WatermarkStrategy.noWatermarks(), "daily-events")
                .map(Event::parse)
                .keyBy(e -> e.userId)
                .reduce((a, b) -> a.merge(b))
                .map(Event::toString)
                .sinkTo(FileSink.forRowFormat(new Path("s3://acme-reports/daily/"), new SimpleStringEncoder<String>("UTF-8")).build());

        env.execute("daily-batch");
    }
}
