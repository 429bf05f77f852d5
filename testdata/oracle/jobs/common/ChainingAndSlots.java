package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;

/** disableChaining, startNewChain, slot sharing groups, names and descriptions. */
// oracle: run
public class ChainingAndSlots {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.clicks(40), WatermarkStrategy.noWatermarks(), "clicks")
                .uid("clicks")
                .filter(c -> c.page.startsWith("/page/"))
                .name("valid pages")
                .setDescription("drops clicks on unknown pages")
                .map(c -> c.page)
                .name("page of click")
                .startNewChain()
                .map(String::toUpperCase)
                .name("uppercase page")
                .disableChaining()
                .slotSharingGroup("formatting")
                .keyBy(p -> p)
                .reduce((a, b) -> a)
                .uid("distinct-pages")
                .name("distinct pages")
                .setDescription("keeps the first click per page")
                .slotSharingGroup("aggregation")
                .sinkTo(new DiscardingSink<>())
                .name("discard pages")
                .slotSharingGroup("aggregation")
                .disableChaining();

        env.execute("chaining and slots");
    }
}
