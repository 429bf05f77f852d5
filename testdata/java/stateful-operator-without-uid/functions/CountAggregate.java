// A stateless AggregateFunction (the window operator holds the accumulator). Not an operator
// by itself: nothing is reported in this file.
package com.example.uid001.functions;

import com.example.uid001.Event;
import org.apache.flink.api.common.functions.AggregateFunction;

public class CountAggregate implements AggregateFunction<Event, Long, Long> {

    @Override
    public Long createAccumulator() {
        return 0L;
    }

    @Override
    public Long add(Event value, Long accumulator) {
        return accumulator + 1;
    }

    @Override
    public Long getResult(Long accumulator) {
        return accumulator;
    }

    @Override
    public Long merge(Long a, Long b) {
        return a + b;
    }
}
