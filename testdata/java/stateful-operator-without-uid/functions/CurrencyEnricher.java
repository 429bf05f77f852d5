// Inherits its MapState from base/AbstractStatefulEnricher (another package); it declares no
// state itself. Nothing is reported in this file; see UserFunctionsJob.
package com.example.uid001.functions;

import com.example.uid001.Event;
import com.example.uid001.base.AbstractStatefulEnricher;

public class CurrencyEnricher extends AbstractStatefulEnricher<Event, Event> {

    @Override
    public Event map(Event value) throws Exception {
        if ("fx-rate".equals(value.type)) {
            remember(value.currency, value.amount / 1_000_000.0);
            return value;
        }
        value.amount = Math.round(value.amount * rate(value.currency));
        value.currency = "EUR";
        return value;
    }
}
