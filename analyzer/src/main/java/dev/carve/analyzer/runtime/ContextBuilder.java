package dev.carve.analyzer.runtime;

import dev.carve.analyzer.model.BusinessContext;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** Adds up one business context over the many records (flush intervals, trace roots) that mention it. */
final class ContextBuilder {
    private final String name;
    private final String entryPoint;
    private long invocations;
    private final Map<String, Long> classCalls = new HashMap<>();
    private final Set<String> reads = new LinkedHashSet<>();
    private final Set<String> writes = new LinkedHashSet<>();

    ContextBuilder(String name, String entryPoint) {
        this.name = name;
        this.entryPoint = entryPoint;
    }

    void invocations(long n) {
        invocations += n;
    }

    void calledInto(String type, long n) {
        classCalls.merge(type, n, Long::sum);
    }

    void reads(Set<String> tables) {
        reads.addAll(tables);
    }

    void writes(Set<String> tables) {
        writes.addAll(tables);
    }

    BusinessContext build() {
        return new BusinessContext(name, entryPoint, invocations, classCalls, reads, writes);
    }
}
