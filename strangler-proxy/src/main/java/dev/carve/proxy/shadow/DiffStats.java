package dev.carve.proxy.shadow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Shadow results of one route: how many comparisons matched or differed, how many could not be made and why, which
 * paths differ most often, and the most recent difference samples.
 */
public final class DiffStats {
    private static final int MAX_PATHS = 200;

    private final LongAdder compared = new LongAdder();
    private final LongAdder differed = new LongAdder();
    private final LongAdder targetErrors = new LongAdder();
    private final LongAdder skipped = new LongAdder();
    private final LongAdder dropped = new LongAdder();
    private final LongAdder learned = new LongAdder();
    private final Map<String, LongAdder> byPath = new ConcurrentHashMap<>();
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private volatile int keep;

    public DiffStats(int keep) {
        this.keep = keep;
    }

    public void keep(int samplesKept) {
        this.keep = samplesKept;
    }

    public void record(String method, String uri, int legacyStatus, int targetStatus, List<Difference> differences) {
        compared.increment();
        if (differences.isEmpty()) {
            return;
        }
        differed.increment();
        for (Difference d : differences) {
            String path = NoiseModel.generalize(d.path());
            if (byPath.size() < MAX_PATHS || byPath.containsKey(path)) {
                byPath.computeIfAbsent(path, p -> new LongAdder()).increment();
            }
        }
        synchronized (samples) {
            samples.addLast(new Sample(
                    System.currentTimeMillis(), method, uri, legacyStatus, targetStatus, List.copyOf(differences)));
            while (samples.size() > keep) {
                samples.removeFirst();
            }
        }
    }

    /** The target failed to answer a mirrored request (connection, timeout, too large). */
    public void targetError() {
        targetErrors.increment();
    }

    /** An eligible exchange was not mirrored because a body was too large. */
    public void skipped() {
        skipped.increment();
    }

    /** An eligible exchange was not mirrored because the mirror queue was full. */
    public void dropped() {
        dropped.increment();
    }

    public void learnedFrom() {
        learned.increment();
    }

    public Snapshot snapshot(NoiseModel noise) {
        Map<String, Long> paths = new LinkedHashMap<>();
        byPath.entrySet().stream()
                .sorted(Comparator.comparingLong(
                        (Map.Entry<String, LongAdder> e) -> -e.getValue().sum()))
                .limit(20)
                .forEach(e -> paths.put(e.getKey(), e.getValue().sum()));
        List<Sample> copy;
        synchronized (samples) {
            copy = new ArrayList<>(samples);
        }
        return new Snapshot(
                compared.sum(),
                differed.sum(),
                targetErrors.sum(),
                skipped.sum(),
                dropped.sum(),
                learned.sum(),
                paths,
                List.copyOf(noise.paths()),
                copy);
    }

    /** One sampled difference: the request and what differed. */
    public record Sample(
            long atMillis,
            String method,
            String uri,
            int legacyStatus,
            int targetStatus,
            List<Difference> differences) {}

    /** Counts, the most frequent differing paths, learned noise and recent samples. */
    public record Snapshot(
            long compared,
            long differed,
            long targetErrors,
            long skipped,
            long dropped,
            long learnedFrom,
            Map<String, Long> topPaths,
            List<String> noise,
            List<Sample> samples) {}
}
