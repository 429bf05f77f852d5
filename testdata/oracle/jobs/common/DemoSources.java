package dev.flinklint.oraclejobs;

import java.time.Duration;

import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

/**
 * Unbounded, rate-limited generator sources shared by the jobs. Event times are
 * derived from the record index and all fall into one hour, so hour-long event-time
 * windows never fire while a job runs for a few seconds.
 */
public final class DemoSources {
    /** 2023-11-14T22:13:20Z. */
    public static final long BASE_TIME = 1_700_000_000_000L;

    private DemoSources() {}

    static long eventTime(long index) {
        return BASE_TIME + (index % 100_000L) * 10L;
    }

    public static DataGeneratorSource<Order> orders(int perSecond) {
        GeneratorFunction<Long, Order> gen = i -> new Order(
                i, "customer-" + (i % 7), "product-" + (i % 13), 5.0 + (i % 50), eventTime(i));
        return new DataGeneratorSource<>(gen, Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(perSecond), TypeInformation.of(Order.class));
    }

    public static DataGeneratorSource<Click> clicks(int perSecond) {
        GeneratorFunction<Long, Click> gen = i -> new Click(
                "user-" + (i % 11), "/page/" + (i % 5), eventTime(i));
        return new DataGeneratorSource<>(gen, Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(perSecond), TypeInformation.of(Click.class));
    }

    public static DataGeneratorSource<SensorReading> readings(int perSecond) {
        GeneratorFunction<Long, SensorReading> gen = i -> new SensorReading(
                "sensor-" + (i % 9), 15.0 + (i % 30), eventTime(i));
        return new DataGeneratorSource<>(gen, Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(perSecond), TypeInformation.of(SensorReading.class));
    }

    public static DataGeneratorSource<Payment> payments(int perSecond) {
        GeneratorFunction<Long, Payment> gen = i -> new Payment(
                1_000_000L + i, i, "account-" + (i % 5), 5.0 + (i % 50), eventTime(i) + 500L);
        return new DataGeneratorSource<>(gen, Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(perSecond), TypeInformation.of(Payment.class));
    }

    public static DataGeneratorSource<String> words(int perSecond) {
        String[] words = {"flink", "stream", "state", "window", "savepoint", "operator"};
        GeneratorFunction<Long, String> gen = i -> words[(int) (i % words.length)];
        return new DataGeneratorSource<>(gen, Long.MAX_VALUE,
                RateLimiterStrategy.perSecond(perSecond), Types.STRING);
    }

    public static WatermarkStrategy<Order> orderWatermarks() {
        return WatermarkStrategy.<Order>forBoundedOutOfOrderness(Duration.ofSeconds(5))
                .withTimestampAssigner((o, ts) -> o.timestamp);
    }

    public static WatermarkStrategy<Click> clickWatermarks() {
        return WatermarkStrategy.<Click>forBoundedOutOfOrderness(Duration.ofSeconds(5))
                .withTimestampAssigner((c, ts) -> c.timestamp);
    }

    public static WatermarkStrategy<SensorReading> readingWatermarks() {
        return WatermarkStrategy.<SensorReading>forBoundedOutOfOrderness(Duration.ofSeconds(10))
                .withTimestampAssigner((r, ts) -> r.timestamp)
                .withIdleness(Duration.ofMinutes(1));
    }

    public static WatermarkStrategy<Payment> paymentWatermarks() {
        return WatermarkStrategy.<Payment>forBoundedOutOfOrderness(Duration.ofSeconds(5))
                .withTimestampAssigner((p, ts) -> p.timestamp);
    }
}
