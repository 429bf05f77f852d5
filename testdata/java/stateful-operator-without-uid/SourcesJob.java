// UID001: sources keep split/offset state. fromSource, addSource of a checkpointed source
// function and readTextFile without uid() are reported on the source method's name token. A
// source with uid(), a source function that snapshots nothing (Flink's savepoint holds no
// state for it: testdata/oracle, LegacySourceSinkJob), the bounded collection source
// fromElements, the stateless map and the print() sink are not.
package com.example.uid001;

import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
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
                .addSource(new HeartbeatSource())
                .name("heartbeats");

        DataStream<Event> replay = env
                .addSource(new ReplaySource()) // want "UID001: addSource"
                .name("replay");

        DataStream<String> archive = env.readTextFile("hdfs:///data/events/archive"); // want "UID001"

        DataStream<Event> fixtures = env.fromElements(
                new Event("u1", "login", "EUR", 0L, 1L),
                new Event("u2", "login", "USD", 0L, 2L));

        clicks
                .union(orders, heartbeats, replay, fixtures)
                .print();

        archive
                .map(Event::parse)
                .print();

        env.execute("sources");
    }

    /** Legacy SourceFunction that snapshots nothing: no state, no uid needed. */
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

    /** Legacy SourceFunction that keeps its position in operator state. */
    public static class ReplaySource implements SourceFunction<Event>, CheckpointedFunction {
        private volatile boolean running = true;
        private long position;
        private transient ListState<Long> positionState;

        @Override
        public void run(SourceContext<Event> ctx) throws Exception {
            while (running) {
                synchronized (ctx.getCheckpointLock()) {
                    ctx.collect(new Event("system", "replay", "EUR", 0L, position++));
                }
            }
        }

        @Override
        public void cancel() {
            running = false;
        }

        @Override
        public void snapshotState(FunctionSnapshotContext context) throws Exception {
            positionState.update(java.util.List.of(position));
        }

        @Override
        public void initializeState(FunctionInitializationContext context) throws Exception {
            positionState = context.getOperatorStateStore()
                    .getListState(new ListStateDescriptor<>("position", Long.class));
        }
    }
}
