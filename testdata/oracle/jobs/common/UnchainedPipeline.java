package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/** env.disableOperatorChaining(): every operator becomes its own task. */
// oracle: run
public class UnchainedPipeline {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.disableOperatorChaining();

        env.fromSource(DemoSources.words(40), WatermarkStrategy.noWatermarks(), "words")
                .map(String::length)
                .filter(n -> n > 4)
                .keyBy(n -> n % 3)
                .reduce(Integer::sum)
                .uid("length-sums")
                .print();

        env.execute("unchained pipeline");
    }
}
