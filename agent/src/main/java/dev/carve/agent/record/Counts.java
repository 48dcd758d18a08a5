package dev.carve.agent.record;

import java.util.HashMap;
import java.util.Map;

/**
 * Counts of (first, second) pairs, e.g. caller and callee, with a cap on distinct pairs; what does not fit is
 * counted as dropped. Not thread-safe: each instance belongs to one invocation, or is guarded by its owner.
 */
final class Counts {
    private final Map<String, Map<String, long[]>> byFirst = new HashMap<>();
    private final int cap;
    private int size;
    private long dropped;

    Counts(int cap) {
        this.cap = cap;
    }

    void add(String first, String second, long n) {
        Map<String, long[]> inner = byFirst.get(first);
        if (inner == null) {
            if (size >= cap) {
                dropped += n;
                return;
            }
            inner = new HashMap<>();
            byFirst.put(first, inner);
        }
        long[] count = inner.get(second);
        if (count == null) {
            if (size >= cap) {
                dropped += n;
                return;
            }
            inner.put(second, new long[] {n});
            size++;
        } else {
            count[0] += n;
        }
    }

    void addAll(Counts other) {
        other.byFirst.forEach((a, inner) -> inner.forEach((b, n) -> add(a, b, n[0])));
        dropped += other.dropped;
    }

    int size() {
        return size;
    }

    long dropped() {
        return dropped;
    }

    boolean isEmpty() {
        return size == 0 && dropped == 0;
    }

    /** Visits every pair. */
    void forEach(PairConsumer consumer) {
        byFirst.forEach((a, inner) -> inner.forEach((b, n) -> consumer.accept(a, b, n[0])));
    }

    interface PairConsumer {
        void accept(String first, String second, long count);
    }
}
