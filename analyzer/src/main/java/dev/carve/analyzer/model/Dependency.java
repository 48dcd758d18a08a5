package dev.carve.analyzer.model;

import java.util.Objects;

/**
 * A weighted dependency between two types, aggregated over occurrences with the same endpoints, kind and
 * members.
 *
 * @param from the depending type's name
 * @param to the type depended on
 * @param kind why
 * @param weight how many occurrences (or the runtime volume / co-change strength); always positive
 * @param location the first occurrence
 * @param fromMember signature of the member in {@code from} where it happens, or empty for type-level facts
 * @param toMember signature of the member of {@code to} used (the method called, the field read), or empty
 */
public record Dependency(
        String from,
        String to,
        DependencyKind kind,
        double weight,
        SourceLocation location,
        String fromMember,
        String toMember) {

    public Dependency {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(fromMember, "fromMember");
        Objects.requireNonNull(toMember, "toMember");
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite: " + weight);
        }
    }

    public static Dependency of(String from, String to, DependencyKind kind, SourceLocation location) {
        return new Dependency(from, to, kind, 1.0, location, "", "");
    }

    public Dependency withWeight(double newWeight) {
        return new Dependency(from, to, kind, newWeight, location, fromMember, toMember);
    }

    /** The identity that aggregation merges on. */
    public Key key() {
        return new Key(from, to, kind, fromMember, toMember);
    }

    /** Endpoints, kind and members: two dependencies with the same key are one fact seen more than once. */
    public record Key(String from, String to, DependencyKind kind, String fromMember, String toMember) {}
}
