package dev.flinklint.oraclejobs;

import org.apache.flink.streaming.api.functions.source.SourceFunction;

/** A legacy (1.x) non-parallel SourceFunction emitting stock ticks until cancelled. */
public class StockTickerSource implements SourceFunction<String> {

    private static final String[] SYMBOLS = {"ACME", "GLOBEX", "INITECH", "UMBRELLA"};

    private volatile boolean running = true;

    @Override
    public void run(SourceContext<String> ctx) throws Exception {
        long n = 0;
        while (running) {
            synchronized (ctx.getCheckpointLock()) {
                ctx.collect(SYMBOLS[(int) (n % SYMBOLS.length)] + "," + (100 + n % 17));
                n++;
            }
            Thread.sleep(20);
        }
    }

    @Override
    public void cancel() {
        running = false;
    }
}
