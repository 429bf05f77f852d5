// Unit test of the dedup step. Under src/test, which a default scan skips (--include-tests is
// off), so the unconfigured local job below reports nothing.
package com.acme.streaming.orders;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.CloseableIterator;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class OrdersPipelineTest {

    @Test
    void dropsReplayedOrders() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(1);

        Order first = order("o-1");
        Order replay = order("o-1");
        Order second = order("o-2");

        List<Order> out = new ArrayList<>();
        try (CloseableIterator<Order> it = env
                .fromElements(first, replay, second)
                .keyBy(o -> o.orderId)
                .flatMap(new OrderDedup())
                .executeAndCollect()) {
            it.forEachRemaining(out::add);
        }

        assertEquals(2, out.size());
    }

    private static Order order(String id) {
        Order o = new Order();
        o.orderId = id;
        o.customerId = "c-1";
        o.status = "NEW";
        o.amountCents = 1000;
        return o;
    }
}
