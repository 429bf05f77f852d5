// UID002: NormalizeSteps.normalize(...) is called twice in this job; the duplicate is
// reported in NormalizeSteps at its .uid("normalize") line. Nothing is reported in this file.
package com.example.uid002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class HelperTwiceJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<String> mobile = env
                .fromSource(Events.source("mobile-clicks"), WatermarkStrategy.noWatermarks(), "mobile-clicks")
                .uid("mobile-clicks-source");
        DataStream<String> web = env
                .fromSource(Events.source("web-clicks"), WatermarkStrategy.noWatermarks(), "web-clicks")
                .uid("web-clicks-source");

        DataStream<String> mobileNormalized = NormalizeSteps.normalize(mobile);
        DataStream<String> webNormalized = NormalizeSteps.normalize(web);

        mobileNormalized
                .union(webNormalized)
                .sinkTo(Events.sink("clicks-normalized"))
                .uid("clicks-normalized-sink");

        env.execute("helper-twice");
    }
}
