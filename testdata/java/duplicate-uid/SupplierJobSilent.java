// UID002 silent: same uids as CustomerJobSilent, but this is a different job (its own main and
// environment), so nothing collides.
package com.example.uid002;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class SupplierJobSilent {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(Events.source("suppliers"), WatermarkStrategy.noWatermarks(), "suppliers")
                .uid("shared-source")
                .keyBy(Events::userOf)
                .reduce((previous, latest) -> latest)
                .uid("shared-dedup")
                .print();

        env.execute("suppliers");
    }
}
