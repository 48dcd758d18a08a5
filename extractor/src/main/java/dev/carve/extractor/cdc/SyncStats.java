package dev.carve.extractor.cdc;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicLong;

/** Live counters of one running sync: events applied, errors, and end-to-end lag of recent events. */
final class SyncStats {
    private static final int WINDOW = 1 << 17;

    private final AtomicLong events = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong suppressed = new AtomicLong();
    private volatile long lastLagMs;
    private volatile long lastLsn;
    private volatile String lastError;
    private final long[] lags = new long[WINDOW];
    private long lagCount;

    void applied(int count, long lsn) {
        events.addAndGet(count);
        if (lsn > 0) {
            lastLsn = lsn;
        }
    }

    /** Records the lag of one applied event: commit time on the target minus commit time on the source. */
    synchronized void lag(long millis) {
        lastLagMs = millis;
        lags[(int) (lagCount++ % WINDOW)] = millis;
    }

    void suppressed(int count) {
        suppressed.addAndGet(count);
    }

    void error(String message) {
        errors.incrementAndGet();
        lastError = message;
    }

    long events() {
        return events.get();
    }

    long errors() {
        return errors.get();
    }

    long suppressed() {
        return suppressed.get();
    }

    long lastLagMs() {
        return lastLagMs;
    }

    long lastLsn() {
        return lastLsn;
    }

    String lastError() {
        return lastError;
    }

    /** The given percentile (0–100) of the lags of the most recent events, or 0 before any. */
    synchronized long lagPercentile(double percentile) {
        int n = (int) Math.min(lagCount, WINDOW);
        if (n == 0) {
            return 0;
        }
        long[] copy = Arrays.copyOf(lags, n);
        Arrays.sort(copy);
        int index = (int) Math.ceil(percentile / 100.0 * n) - 1;
        return copy[Math.max(0, Math.min(n - 1, index))];
    }

    /** Forgets the lag samples so far (e.g. after the snapshot, to measure streaming alone). */
    synchronized void resetLag() {
        lagCount = 0;
    }
}
