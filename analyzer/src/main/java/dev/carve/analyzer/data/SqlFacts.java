package dev.carve.analyzer.data;

import java.util.Set;

/**
 * What one SQL (or JPQL) statement touches.
 *
 * @param reads tables (or, for JPQL, entity names) read
 * @param writes tables (or entity names) written
 * @param error empty when the statement was understood, else why not (the caller reports it with its location)
 */
public record SqlFacts(Set<String> reads, Set<String> writes, String error) {
    public SqlFacts {
        // insertion order kept: the order tables appear in the statement, so output is deterministic
        reads = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(reads));
        writes = java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(writes));
    }

    static SqlFacts failed(String error) {
        return new SqlFacts(Set.of(), Set.of(), error);
    }

    public boolean understood() {
        return error.isEmpty();
    }

    public boolean isEmpty() {
        return reads.isEmpty() && writes.isEmpty();
    }
}
