package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes changes to a database in their order: consecutive changes of the same table, kind and columns go out as
 * one JDBC batch (keeping only the last change per key, which is the same end state), and every statement is an
 * idempotent upsert or delete by primary key, so replaying changes already applied changes nothing.
 */
final class RowWriter {
    private final Map<String, String> sqlCache = new HashMap<>();

    /** Applies the changes on {@code c} (inside the caller's transaction). */
    void write(Connection c, List<Change> changes) throws SQLException {
        int i = 0;
        while (i < changes.size()) {
            Change first = changes.get(i);
            int j = i + 1;
            while (j < changes.size() && sameShape(first, changes.get(j))) {
                j++;
            }
            writeRun(c, changes.subList(i, j));
            i = j;
        }
    }

    private static boolean sameShape(Change a, Change b) {
        return a.table() == b.table()
                && a.kind() == b.kind()
                && a.kind() != Change.Kind.PARTIAL_UPDATE
                && (a.kind() == Change.Kind.DELETE
                        || a.values().keySet().equals(b.values().keySet()));
    }

    private void writeRun(Connection c, List<Change> run) throws SQLException {
        Map<List<Object>, Change> lastPerKey = new LinkedHashMap<>();
        for (Change ch : run) {
            lastPerKey.remove(ch.key());
            lastPerKey.put(ch.key(), ch);
        }
        Change first = run.get(0);
        String sql = sqlFor(first);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (Change ch : lastPerKey.values()) {
                int p = 1;
                if (ch.kind() == Change.Kind.DELETE) {
                    for (Object k : ch.key()) {
                        bind(s, p++, k);
                    }
                } else if (ch.kind() == Change.Kind.PARTIAL_UPDATE) {
                    for (Map.Entry<String, Object> e : ch.values().entrySet()) {
                        if (!ch.table().targetPrimaryKey().contains(e.getKey())) {
                            bind(s, p++, e.getValue());
                        }
                    }
                    for (Object k : ch.key()) {
                        bind(s, p++, k);
                    }
                } else {
                    for (Object v : ch.values().values()) {
                        bind(s, p++, v);
                    }
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static void bind(PreparedStatement s, int index, Object value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else if (value instanceof byte[] bytes) {
            s.setBytes(index, bytes);
        } else {
            s.setString(index, value.toString());
        }
    }

    private String sqlFor(Change ch) {
        String cacheKey =
                ch.table().target() + "|" + ch.kind() + "|" + ch.values().keySet();
        return sqlCache.computeIfAbsent(cacheKey, k -> buildSql(ch));
    }

    private static String buildSql(Change ch) {
        TableMapping t = ch.table();
        String table = Sql.quoteQualified(t.target());
        List<String> pk = t.targetPrimaryKey();
        StringBuilder where = new StringBuilder();
        for (String k : pk) {
            where.append(where.length() == 0 ? "" : " AND ")
                    .append(Sql.quote(k))
                    .append(" = ?::")
                    .append(t.byTarget(k).type());
        }
        if (ch.kind() == Change.Kind.DELETE) {
            return "DELETE FROM " + table + " WHERE " + where;
        }
        if (ch.kind() == Change.Kind.PARTIAL_UPDATE) {
            List<String> sets = new ArrayList<>();
            for (String col : ch.values().keySet()) {
                if (!pk.contains(col)) {
                    sets.add(Sql.quote(col) + " = ?::" + t.byTarget(col).type());
                }
            }
            return "UPDATE " + table + " SET " + String.join(", ", sets) + " WHERE " + where;
        }
        List<String> cols = new ArrayList<>();
        List<String> params = new ArrayList<>();
        List<String> updates = new ArrayList<>();
        for (String col : ch.values().keySet()) {
            cols.add(Sql.quote(col));
            params.add("?::" + t.byTarget(col).type());
            if (!pk.contains(col)) {
                updates.add(Sql.quote(col) + " = EXCLUDED." + Sql.quote(col));
            }
        }
        String conflict =
                " ON CONFLICT (" + String.join(", ", pk.stream().map(Sql::quote).toList()) + ") DO "
                        + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + String.join(", ", updates));
        return "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES (" + String.join(", ", params) + ")"
                + conflict;
    }
}
