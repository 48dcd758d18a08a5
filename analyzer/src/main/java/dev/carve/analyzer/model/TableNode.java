package dev.carve.analyzer.model;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A database table.
 *
 * @param name the table name, lower case, without schema unless the schema matters ({@code billing.invoice})
 * @param columns known columns in declaration order
 * @param foreignKeys known foreign keys
 * @param entities the JPA entity types mapped to this table
 * @param origins which readers saw it (schema DDL, JPA mapping, runtime SQL)
 * @param location where it is declared (a migration file, an entity)
 */
public record TableNode(
        String name,
        List<Column> columns,
        List<ForeignKey> foreignKeys,
        Set<String> entities,
        Set<Origin> origins,
        SourceLocation location) {

    public TableNode {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("table name is blank");
        }
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        entities = Set.copyOf(entities);
        origins = origins.isEmpty() ? Set.of() : Set.copyOf(origins);
        Objects.requireNonNull(location, "location");
    }

    public static TableNode named(String name, Origin origin, SourceLocation location) {
        return new TableNode(name, List.of(), List.of(), Set.of(), EnumSet.of(origin), location);
    }

    public List<String> primaryKey() {
        return columns.stream().filter(Column::primaryKey).map(Column::name).toList();
    }
}
