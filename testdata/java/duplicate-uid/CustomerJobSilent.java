// UID002 silent: uids only have to be unique within one job. SupplierJobSilent (another job)
// uses the same uids "shared-source" and "shared-dedup".
package com.example.uid002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class CustomerJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(Events.source("customers"), WatermarkStrategy.noWatermarks(), "customers")
                .uid("shared-source")
                .keyBy(Events::userOf)
                .reduce((previous, latest) -> latest)
                .uid("shared-dedup")
                .print();

        env.execute("customers");
    }
}
