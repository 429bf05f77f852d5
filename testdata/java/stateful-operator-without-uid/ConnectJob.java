// UID001: process() on connected streams whose inputs are keyed (connect of two KeyedStreams,
// or connect(...).keyBy(..., ...)) and process() on a stream connected to a BroadcastStream
// are stateful. The non-keyed connect with a stateless CoMapFunction is silent, and
// broadcast(...) itself is not an operator.
package com.example.uid001;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.streaming.api.functions.co.CoMapFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.util.Collector;

public class ConnectJob {

    static final MapStateDescriptor<String, Boolean> BLOCKED_USERS =
            new MapStateDescriptor<>("blocked-users", Types.STRING, Types.BOOLEAN);

    public static void main(String[] args) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();

        DataStream<Event> payments = env
                .fromSource(KafkaConnectors.events("payments"), KafkaConnectors.watermarks(), "payments")
                .uid("payments-source");
        DataStream<Event> refunds = env
                .fromSource(KafkaConnectors.events("refunds"), KafkaConnectors.watermarks(), "refunds")
                .uid("refunds-source");
        DataStream<String> blocklist = env
                .fromSource(KafkaConnectors.lines("blocklist"), WatermarkStrategy.noWatermarks(), "blocklist")
                .uid("blocklist-source");

        KeyedStream<Event, String> paymentsByUser = payments.keyBy(p -> p.userId);
        KeyedStream<Event, String> refundsByUser = refunds.keyBy(r -> r.userId);

        DataStream<Alert> matched = paymentsByUser
                .connect(refundsByUser)
                .process(new MatchRefunds()); // want "UID001"

        DataStream<Alert> matchedViaConnectedKeyBy = payments
                .connect(refunds)
                .keyBy(p -> p.userId, r -> r.userId)
                .process(new MatchRefunds()); // want "UID001"

        BroadcastStream<String> blocked = blocklist.broadcast(BLOCKED_USERS);
        DataStream<Event> allowed = payments
                .connect(blocked)
                .process(new DropBlockedUsers()); // want "UID001"

        DataStream<String> describedBoth = payments
                .connect(refunds)
                .map(new CoMapFunction<Event, Event, String>() {
                    @Override
                    public String map1(Event payment) {
                        return "payment " + payment;
                    }

                    @Override
                    public String map2(Event refund) {
                        return "refund " + refund;
                    }
                });

        matched.union(matchedViaConnectedKeyBy).print();
        allowed.print();
        describedBoth.print();

        env.execute("connect");
    }

    public static class MatchRefunds extends KeyedCoProcessFunction<String, Event, Event, Alert> {
        private transient ValueState<Long> paid;

        @Override
        public void open(OpenContext openContext) {
            paid = getRuntimeContext().getState(new ValueStateDescriptor<>("paid", Types.LONG));
        }

        @Override
        public void processElement1(Event payment, Context ctx, Collector<Alert> out) throws Exception {
            Long current = paid.value();
            paid.update((current == null ? 0L : current) + payment.amount);
        }

        @Override
        public void processElement2(Event refund, Context ctx, Collector<Alert> out) throws Exception {
            Long current = paid.value();
            if (current == null || refund.amount > current) {
                out.collect(new Alert(refund.userId, "refund exceeds payments", refund.timestamp));
            }
        }
    }

    public static class DropBlockedUsers extends BroadcastProcessFunction<Event, String, Event> {
        @Override
        public void processElement(Event value, ReadOnlyContext ctx, Collector<Event> out) throws Exception {
            if (!ctx.getBroadcastState(BLOCKED_USERS).contains(value.userId)) {
                out.collect(value);
            }
        }

        @Override
        public void processBroadcastElement(String userId, Context ctx, Collector<Event> out) throws Exception {
            ctx.getBroadcastState(BLOCKED_USERS).put(userId, true);
        }
    }
}
