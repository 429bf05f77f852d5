// UID001: sources keep split/offset state. fromSource, addSource and readTextFile without
// uid() are reported on the source method's name token. A source with uid(), the bounded
// collection source fromElements, the stateless map and the print() sink are not.
package com.example.uid001;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.source.SourceFunction;

public class SourcesJob {

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> clicks = env
                .fromSource(KafkaConnectors.events("clicks"), KafkaConnectors.watermarks(), "clicks"); // want "UID001: fromSource"

        DataStream<Event> orders = env
                .fromSource(KafkaConnectors.events("orders"), KafkaConnectors.watermarks(), "orders")
                .uid("orders-source");

        DataStream<Event> heartbeats = env
                .addSource(new HeartbeatSource()) // want "UID001"
                .name("heartbeats");

        DataStream<String> archive = env.readTextFile("hdfs:///data/events/archive"); // want "UID001"

        DataStream<Event> fixtures = env.fromElements(
                new Event("u1", "login", "EUR", 0L, 1L),
                new Event("u2", "login", "USD", 0L, 2L));

        clicks
                .union(orders, heartbeats, fixtures)
                .print();

        archive
                .map(Event::parse)
                .print();

        env.execute("sources");
    }

    /** Legacy SourceFunction: addSource is stateful by itself (offsets live in operator state). */
    public static class HeartbeatSource implements SourceFunction<Event> {
        private volatile boolean running = true;

        @Override
        public void run(SourceContext<Event> ctx) throws Exception {
            while (running) {
                ctx.collect(new Event("system", "heartbeat", "EUR", 0L, System.currentTimeMillis()));
                Thread.sleep(1000L);
            }
        }

        @Override
        public void cancel() {
            running = false;
        }
    }
}
