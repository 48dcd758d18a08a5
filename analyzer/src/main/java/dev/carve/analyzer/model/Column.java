package dev.carve.analyzer.model;

import java.util.Objects;

/** A table column as declared in DDL or derived from a JPA mapping. */
public record Column(String name, String sqlType, boolean nullable, boolean primaryKey) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sqlType, "sqlType");
    }
}
