package dev.carve.proxy.stage;

import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * A sliding window over a route's target traffic and shadow comparisons, in 30 slots. Recording is a slot lookup
 * and a few increments (safe from any thread); reading sums the slots still inside the window. Latencies go into
 * log-linear buckets (8 per power of two, about 12% wide) for the p99.
 */
public final class GateWindow {
    private static final int SLOTS = 30;
    static final int BUCKETS = 16 + 40 * 8;

    private final long slotNanos;
    private final Slot[] ring = new Slot[SLOTS];

    public GateWindow(long windowNanos) {
        this.slotNanos = Math.max(1, windowNanos / SLOTS);
        for (int i = 0; i < SLOTS; i++) {
            ring[i] = new Slot();
        }
    }

    /** A request the target answered (or failed): its latency and whether it counts as an error. */
    public void recordTarget(long nanos, boolean error, long nowNanos) {
        Slot s = slot(nowNanos);
        s.requests.increment();
        if (error) {
            s.errors.increment();
        }
        s.latency.incrementAndGet(bucket(nanos / 1000));
    }

    /** A shadow comparison, and whether the answers differed. */
    public void recordComparison(boolean differed, long nowNanos) {
        Slot s = slot(nowNanos);
        s.compared.increment();
        if (differed) {
            s.differed.increment();
        }
    }

    /** Forgets everything, after a stage change, so the next stage is judged on its own traffic. */
    public void reset() {
        for (Slot s : ring) {
            synchronized (s) {
                s.clear(-1);
            }
        }
    }

    public Snapshot snapshot(long nowNanos) {
        return snapshot(nowNanos, true);
    }

    /** What the window holds; without {@code latency} the p99 is 0 and the read is much cheaper. */
    public Snapshot snapshot(long nowNanos, boolean latency) {
        long epoch = nowNanos / slotNanos;
        long requests = 0;
        long errors = 0;
        long compared = 0;
        long differed = 0;
        long[] buckets = latency ? new long[BUCKETS] : null;
        for (Slot s : ring) {
            long e = s.epoch;
            if (e < 0 || e <= epoch - SLOTS || e > epoch) {
                continue;
            }
            requests += s.requests.sum();
            errors += s.errors.sum();
            compared += s.compared.sum();
            differed += s.differed.sum();
            for (int i = 0; buckets != null && i < BUCKETS; i++) {
                buckets[i] += s.latency.get(i);
            }
        }
        return new Snapshot(
                requests, errors, compared, differed, buckets == null ? 0 : percentileMicros(buckets, 0.99));
    }

    private Slot slot(long nowNanos) {
        long epoch = nowNanos / slotNanos;
        Slot s = ring[(int) (epoch % SLOTS)];
        if (s.epoch != epoch) {
            synchronized (s) {
                if (s.epoch != epoch) {
                    s.clear(epoch);
                }
            }
        }
        return s;
    }

    static int bucket(long micros) {
        if (micros < 16) {
            return (int) Math.max(0, micros);
        }
        int exp = 63 - Long.numberOfLeadingZeros(micros);
        int sub = (int) ((micros >>> (exp - 3)) & 7);
        return Math.min(BUCKETS - 1, 16 + (exp - 4) * 8 + sub);
    }

    /** The upper bound (in microseconds) of a bucket. */
    static long upperMicros(int bucket) {
        if (bucket < 16) {
            return bucket + 1;
        }
        int exp = (bucket - 16) / 8 + 4;
        int sub = (bucket - 16) % 8;
        return ((8L + sub + 1) << (exp - 3));
    }

    private static long percentileMicros(long[] counts, double q) {
        long total = 0;
        for (long c : counts) {
            total += c;
        }
        if (total == 0) {
            return 0;
        }
        long rank = (long) Math.ceil(total * q);
        long seen = 0;
        for (int i = 0; i < counts.length; i++) {
            seen += counts[i];
            if (seen >= rank) {
                return upperMicros(i);
            }
        }
        return upperMicros(counts.length - 1);
    }

    /** What the window holds now. */
    public record Snapshot(long requests, long errors, long compared, long differed, long p99Micros) {
        public double errorRate() {
            return requests == 0 ? 0 : (double) errors / requests;
        }

        public double diffRate() {
            return compared == 0 ? 0 : (double) differed / compared;
        }
    }

    private static final class Slot {
        volatile long epoch = -1;
        final LongAdder requests = new LongAdder();
        final LongAdder errors = new LongAdder();
        final LongAdder compared = new LongAdder();
        final LongAdder differed = new LongAdder();
        final AtomicLongArray latency = new AtomicLongArray(BUCKETS);

        void clear(long newEpoch) {
            requests.reset();
            errors.reset();
            compared.reset();
            differed.reset();
            for (int i = 0; i < BUCKETS; i++) {
                latency.set(i, 0);
            }
            epoch = newEpoch;
        }
    }
}
