// UID001: the job's chain continues in steps/EnrichmentSteps (another file and package).
// The only finding is inside EnrichmentSteps.enrich(); nothing is reported in this file:
// the source has a uid, and the uid of the operator returned by EnrichmentSteps.dedup() is
// set here on the returned value.
package com.example.uid001;

import com.example.uid001.steps.EnrichmentSteps;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

public class CrossFileJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("withdrawals"), KafkaConnectors.watermarks(), "withdrawals")
                .uid("withdrawals-source");

        DataStream<Event> enriched = EnrichmentSteps.enrich(events);
        DataStream<Event> windowed = EnrichmentSteps.enrichWithUid(events);
        DataStream<Event> deduped = EnrichmentSteps.dedup(events).uid("cross-file-dedup");

        enriched.union(windowed, deduped).print();

        env.execute("cross-file");
    }
}
