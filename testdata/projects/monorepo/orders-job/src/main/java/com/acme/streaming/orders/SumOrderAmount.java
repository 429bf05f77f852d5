// Window aggregate for OrdersJob (stateless function; the window operator holds the
// accumulator). Nothing is reported in this file.
package com.acme.streaming.orders;

import org.apache.flink.api.common.functions.AggregateFunction;

public class SumOrderAmount implements AggregateFunction<Order, OrderTotal, OrderTotal> {

    @Override
    public OrderTotal createAccumulator() {
        return new OrderTotal();
    }

    @Override
    public OrderTotal add(Order order, OrderTotal acc) {
        acc.customerId = order.customerId;
        acc.orders++;
        acc.amountCents += order.amountCents;
        return acc;
    }

    @Override
    public OrderTotal getResult(OrderTotal acc) {
        return acc;
    }

    @Override
    public OrderTotal merge(OrderTotal a, OrderTotal b) {
        a.orders += b.orders;
        a.amountCents += b.amountCents;
        return a;
    }
}
