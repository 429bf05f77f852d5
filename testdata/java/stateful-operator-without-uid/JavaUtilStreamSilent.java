// UID001 silent: java.util.stream chains use the same method names as Flink (map, filter,
// reduce, flatMap, sum, max, min) but there is no StreamExecutionEnvironment: not a job.
package com.example.uid001;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

public class JavaUtilStreamSilent {

    public static long totalPositive(List<Event> events) {
        return events.stream()
                .map(e -> e.amount)
                .filter(a -> a > 0)
                .reduce(0L, Long::sum);
    }

    public static Map<String, Long> perUser(List<Event> events) {
        return events.stream()
                .collect(Collectors.groupingBy(e -> e.userId, Collectors.summingLong(e -> e.amount)));
    }

    public static Optional<Event> largest(List<Event> events) {
        return events.stream()
                .max(Comparator.comparingLong(e -> e.amount));
    }

    public static int sumOfSquares(int n) {
        return IntStream.rangeClosed(1, n)
                .map(i -> i * i)
                .sum();
    }

    public static List<String> words(List<String> lines) {
        return lines.stream()
                .flatMap(line -> Arrays.stream(line.split(" ")))
                .distinct()
                .sorted()
                .collect(Collectors.toList());
    }

    public static void main(String[] args) {
        Stream.of("a", "b", "c")
                .map(String::toUpperCase)
                .forEach(System.out::println);
        System.out.println(sumOfSquares(10));
    }
}
