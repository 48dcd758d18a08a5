package dev.carve.extractor.cdc;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How one source table maps to its target table: the columns copied (source name, target name, SQL type), the
 * primary key, and the row filter. Built from the source catalog by {@link Preflight}.
 */
record TableMapping(
        String source,
        String target,
        List<Column> columns,
        List<String> primaryKey,
        String filter,
        Set<String> dropped) {

    /** A copied column; {@code type} is PostgreSQL's {@code format_type} on the source. */
    record Column(String source, String target, String type, boolean notNull) {}

    TableMapping {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        dropped = Set.copyOf(dropped);
    }

    /** The Debezium topic of this table for a sync (prefix = sync name). */
    String topic(String prefix) {
        return prefix + "." + source;
    }

    Column column(String sourceName) {
        for (Column c : columns) {
            if (c.source().equals(sourceName)) {
                return c;
            }
        }
        return null;
    }

    Column byTarget(String targetName) {
        for (Column c : columns) {
            if (c.target().equals(targetName)) {
                return c;
            }
        }
        return null;
    }

    List<String> targetPrimaryKey() {
        List<String> out = new ArrayList<>();
        for (String pk : primaryKey) {
            out.add(column(pk).target());
        }
        return out;
    }

    /** The same table seen from the target side (for reverse sync and repair): names swapped. */
    TableMapping reversed() {
        List<Column> swapped = new ArrayList<>();
        for (Column c : columns) {
            swapped.add(new Column(c.target(), c.source(), c.type(), c.notNull()));
        }
        return new TableMapping(target, source, swapped, targetPrimaryKey(), null, Set.of());
    }

    /** A new column on the source that is not in this mapping yet (additive schema change). */
    TableMapping withColumn(Column column) {
        List<Column> more = new ArrayList<>(columns);
        more.add(column);
        return new TableMapping(source, target, more, primaryKey, filter, dropped);
    }

    Map<String, Column> bySource() {
        Map<String, Column> out = new LinkedHashMap<>();
        for (Column c : columns) {
            out.put(c.source(), c);
        }
        return out;
    }
}
