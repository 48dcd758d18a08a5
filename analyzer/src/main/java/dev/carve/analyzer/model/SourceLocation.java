package dev.carve.analyzer.model;

import java.util.Objects;

/**
 * Where a fact was seen: a file (path relative to the analyzed root where possible, or a jar entry, or a trace
 * file) and a 1-based line, 0 when unknown.
 */
public record SourceLocation(String file, int line) {
    public static final SourceLocation UNKNOWN = new SourceLocation("", 0);

    public SourceLocation {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0: " + line);
        }
    }

    public static SourceLocation of(String file, int line) {
        return new SourceLocation(file, Math.max(0, line));
    }

    public boolean isKnown() {
        return !file.isEmpty();
    }

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line : file;
    }
}
