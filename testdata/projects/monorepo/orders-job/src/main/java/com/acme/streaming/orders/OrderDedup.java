// Drops orders replayed by the upstream service. The ValueState "seen" is inherited from
// common's AbstractDedupFunction (another module). Nothing is reported in this file; the
// operator that runs it is in OrdersJob.
package com.acme.streaming.orders;

import com.acme.streaming.common.AbstractDedupFunction;

import java.time.Duration;

public class OrderDedup extends AbstractDedupFunction<Order> {

    @Override
    protected Duration retention() {
        return Duration.ofHours(6);
    }
}
