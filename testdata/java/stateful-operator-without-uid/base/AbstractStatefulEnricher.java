// Abstract base class in another package (com.example.uid001.base) that obtains MapState in
// open(). Subclasses such as functions/CurrencyEnricher inherit the state. Nothing is
// reported in this file.
package com.example.uid001.base;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;

public abstract class AbstractStatefulEnricher<IN, OUT> extends RichMapFunction<IN, OUT> {

    private transient MapState<String, Double> rates;

    @Override
    public void open(OpenContext openContext) throws Exception {
        rates = getRuntimeContext().getMapState(new MapStateDescriptor<>("rates", Types.STRING, Types.DOUBLE));
    }

    protected double rate(String currency) throws Exception {
        Double rate = rates.get(currency);
        return rate == null ? 1.0 : rate;
    }

    protected void remember(String currency, double rate) throws Exception {
        rates.put(currency, rate);
    }
}
