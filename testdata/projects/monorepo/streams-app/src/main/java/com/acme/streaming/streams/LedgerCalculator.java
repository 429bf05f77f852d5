// Plain Java with java.util.stream and its own methods named map, filter, reduce, process and
// window (and a main method). No StreamExecutionEnvironment: nothing is reported here.
package com.acme.streaming.streams;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

public final class LedgerCalculator {

    private final List<LedgerEntry> entries;

    public LedgerCalculator(List<LedgerEntry> entries) {
        this.entries = entries;
    }

    public LedgerCalculator map(Function<LedgerEntry, LedgerEntry> f) {
        return new LedgerCalculator(entries.stream().map(f).collect(Collectors.toList()));
    }

    public LedgerCalculator filter(Predicate<LedgerEntry> p) {
        return new LedgerCalculator(entries.stream().filter(p).collect(Collectors.toList()));
    }

    public long reduce(long identity, BinaryOperator<Long> op) {
        return entries.stream()
                .map(LedgerEntry::amountCents)
                .reduce(identity, op);
    }

    public List<List<LedgerEntry>> window(Duration size) {
        Map<Long, List<LedgerEntry>> buckets = entries.stream()
                .collect(Collectors.groupingBy(e -> e.timestamp() / size.toMillis()));
        return new ArrayList<>(buckets.values());
    }

    public Map<String, Long> process() {
        return entries.stream()
                .collect(Collectors.groupingBy(LedgerEntry::account, Collectors.summingLong(LedgerEntry::amountCents)));
    }

    public static void main(String[] args) {
        List<LedgerEntry> entries = List.of(
                LedgerEntry.credit("acc-1", 1_000),
                LedgerEntry.credit("acc-2", 2_500),
                LedgerEntry.credit("acc-1", -300));

        LedgerCalculator calculator = new LedgerCalculator(entries)
                .filter(e -> e.amountCents() != 0)
                .map(e -> e);

        long total = calculator.reduce(0L, Long::sum);
        int windows = calculator.window(Duration.ofMinutes(5)).size();
        Map<String, Long> perAccount = calculator.process();

        System.out.println(total + " in " + windows + " windows: " + perAccount);
    }
}
