// UID001: AsyncDataStream.orderedWait/unorderedWait checkpoint the in-flight records. The
// finding is on the orderedWait/unorderedWait name token; the call with uid() is silent.
package com.example.uid001;

import com.example.uid001.functions.ProfileLookup;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

import java.util.concurrent.TimeUnit;

public class AsyncJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> events = env
                .fromSource(KafkaConnectors.events("signups"), KafkaConnectors.watermarks(), "signups")
                .uid("signups-source");

        DataStream<String> ordered = AsyncDataStream.orderedWait( // want "UID001"
                events,
                new ProfileLookup(),
                5,
                TimeUnit.SECONDS,
                100);

        DataStream<String> unordered = AsyncDataStream.unorderedWait( // want "UID001"
                events,
                new ProfileLookup(),
                5,
                TimeUnit.SECONDS,
                100);

        DataStream<String> orderedWithUid = AsyncDataStream
                .orderedWait(events, new ProfileLookup(), 10, TimeUnit.SECONDS, 50)
                .uid("profile-lookup-ordered");

        ordered.union(unordered, orderedWithUid).print();

        env.execute("async-io");
    }
}
