package dev.carve.analyzer.model;

import java.util.List;
import java.util.Objects;

/** A foreign key from some columns of a table to columns of another table. */
public record ForeignKey(List<String> columns, String referencedTable, List<String> referencedColumns) {
    public ForeignKey {
        columns = List.copyOf(columns);
        Objects.requireNonNull(referencedTable, "referencedTable");
        referencedColumns = List.copyOf(referencedColumns);
    }
}
