package dev.flinklint.oraclejobs;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * sinkTo a project Sink V2 whose writer keeps no state ({@link AuditLogSink}, one class
 * per Flink line).
 */
// oracle: run
public class AuditTrailSinkJob {
    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        env.fromSource(DemoSources.clicks(40), WatermarkStrategy.noWatermarks(), "clicks")
                .uid("clicks")
                .map(c -> c.userId + " visited " + c.page)
                .name("audit line")
                .sinkTo(new AuditLogSink("web-audit"))
                .uid("audit-log")
                .name("audit log");

        env.execute("audit trail sink");
    }
}
