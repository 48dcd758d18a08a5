package dev.carve.analyzer.model;

import java.util.Objects;

/** Something an analysis could not handle; collected and reported together, never fatal on its own. */
public record AnalysisProblem(ProblemKind kind, String message, SourceLocation location) {
    public AnalysisProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(location, "location");
    }

    @Override
    public String toString() {
        return (location.isKnown() ? location + ": " : "") + kind + ": " + message;
    }
}
