package dev.carve.analyzer.data;

import dev.carve.analyzer.model.Column;
import dev.carve.analyzer.model.ForeignKey;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tables under construction while DDL is replayed (create, add column, add constraint, drop). */
final class TableBook {
    private final Map<String, Draft> tables = new LinkedHashMap<>();

    private static final class Draft {
        final String name;
        final SourceLocation location;
        final Map<String, Column> columns = new LinkedHashMap<>();
        final List<ForeignKey> foreignKeys = new ArrayList<>();

        Draft(String name, SourceLocation location) {
            this.name = name;
            this.location = location;
        }
    }

    void create(String table, SourceLocation at) {
        tables.putIfAbsent(TableNames.normalize(table), new Draft(TableNames.normalize(table), at));
    }

    void drop(String table) {
        tables.remove(TableNames.normalize(table));
    }

    void column(String table, String column, String type, boolean nullable, boolean primaryKey, SourceLocation at) {
        Draft d = draft(table, at);
        String name = TableNames.normalize(column);
        Column old = d.columns.get(name);
        boolean pk = primaryKey || (old != null && old.primaryKey());
        d.columns.put(name, new Column(name, type, nullable && !pk, pk));
    }

    void primaryKey(String table, List<String> columns, SourceLocation at) {
        Draft d = draft(table, at);
        for (String c : columns) {
            String name = TableNames.normalize(c);
            Column old = d.columns.get(name);
            d.columns.put(name, new Column(name, old == null ? "" : old.sqlType(), false, true));
        }
    }

    void foreignKey(
            String table, List<String> columns, String referenced, List<String> referencedColumns, SourceLocation at) {
        Draft d = draft(table, at);
        ForeignKey fk = new ForeignKey(
                columns.stream().map(TableNames::normalize).toList(),
                TableNames.normalize(referenced),
                referencedColumns.stream().map(TableNames::normalize).toList());
        if (!d.foreignKeys.contains(fk)) {
            d.foreignKeys.add(fk);
        }
    }

    private Draft draft(String table, SourceLocation at) {
        return tables.computeIfAbsent(TableNames.normalize(table), n -> new Draft(n, at));
    }

    List<TableNode> tables() {
        return tables.values().stream()
                .map(d -> new TableNode(
                        d.name,
                        new ArrayList<>(d.columns.values()),
                        d.foreignKeys,
                        Set.of(),
                        EnumSet.of(Origin.SCHEMA),
                        d.location))
                .toList();
    }
}
