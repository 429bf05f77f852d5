package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.tuple.Tuple2;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.DefaultRollingPolicy;
import org.apache.flink.util.Collector;

/** Word count over a continuously monitored folder (FileSource) into a FileSink; planned only. */
public class LogFileWordCount {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.enableCheckpointing(30_000);

        FileSource<String> logs = FileSource
                .forRecordStreamFormat(new TextLineInputFormat(), new Path("/var/log/shop"))
                .monitorContinuously(Duration.ofSeconds(10))
                .build();

        FileSink<String> counts = FileSink
                .forRowFormat(new Path("/data/word-counts"), new SimpleStringEncoder<String>("UTF-8"))
                .withRollingPolicy(DefaultRollingPolicy.builder()
                        .withRolloverInterval(Duration.ofMinutes(15))
                        .withInactivityInterval(Duration.ofMinutes(5))
                        .build())
                .build();

        env.fromSource(logs, WatermarkStrategy.noWatermarks(), "shop logs")
                .uid("log-files")
                .flatMap((String line, Collector<Tuple2<String, Integer>> out) -> {
                    for (String word : line.toLowerCase().split("\\W+")) {
                        if (!word.isEmpty()) {
                            out.collect(Tuple2.of(word, 1));
                        }
                    }
                })
                .returns(Types.TUPLE(Types.STRING, Types.INT))
                .name("split words")
                .keyBy(t -> t.f0)
                .sum(1)
                .uid("word-counts")
                .map(t -> t.f0 + "," + t.f1)
                .sinkTo(counts)
                .uid("word-count-files")
                .name("word count files");

        env.execute("log file word count");
    }
}
