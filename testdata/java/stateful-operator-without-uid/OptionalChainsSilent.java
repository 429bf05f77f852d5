// UID001 silent: Optional chains (map, filter, flatMap) are not Flink operators.
package com.example.uid001;

import java.util.Map;
import java.util.Optional;

public class OptionalChainsSilent {

    public static String currencyOf(Map<String, Event> latest, String userId) {
        return Optional.ofNullable(latest.get(userId))
                .filter(e -> e.currency != null)
                .map(e -> e.currency)
                .orElse("EUR");
    }

    public static Optional<Long> amountOf(Optional<Event> event) {
        return event
                .flatMap(e -> Optional.of(e.amount))
                .filter(a -> a > 0);
    }
}
