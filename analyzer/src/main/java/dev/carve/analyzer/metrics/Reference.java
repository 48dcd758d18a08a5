package dev.carve.analyzer.metrics;

import java.util.List;
import java.util.Objects;

/**
 * A reference ("ground truth") decomposition as its file lists it: one row per class and service, in file order (a
 * class listed under several services has several rows).
 *
 * @param source where it was read from, for messages
 * @param rows the rows in file order
 */
public record Reference(String source, List<Row> rows) {
    public Reference {
        Objects.requireNonNull(source, "source");
        rows = List.copyOf(rows);
    }

    /**
     * One listing of a class under a service.
     *
     * @param entity the class as the reference spells it (fully qualified or simple)
     * @param simpleName the part after the last dot
     * @param service the reference's module label
     * @param line where in the file (1-based), 0 when unknown
     */
    public record Row(String entity, String simpleName, String service, int line) {
        public static Row of(String entity, String service, int line) {
            String simple = entity.contains("(") ? entity : entity.substring(entity.lastIndexOf('.') + 1);
            return new Row(entity, simple, service, line);
        }
    }
}
