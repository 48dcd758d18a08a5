package dev.carve.analyzer.model;

import java.util.Objects;

/**
 * A type reading or writing a table, aggregated like {@link Dependency}.
 *
 * @param type the accessing type
 * @param table the table name (as in {@link TableNode#name()})
 * @param access read or write
 * @param via the mechanism
 * @param weight occurrences (or runtime statement count)
 * @param location the first occurrence
 * @param member the member of {@code type} where it happens, or empty
 */
public record TableAccess(
        String type,
        String table,
        AccessKind access,
        AccessVia via,
        double weight,
        SourceLocation location,
        String member) {

    public TableAccess {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(member, "member");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite: " + weight);
        }
    }

    public Key key() {
        return new Key(type, table, access, via, member);
    }

    /** What aggregation merges on. */
    public record Key(String type, String table, AccessKind access, AccessVia via, String member) {}
}
