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
 * Writes changes to a database in their order: consecutive changes of the same table, kind and columns go out
 * together (keeping only the last change per key, which is the same end state) as multi-row upserts or deletes by a
 * list of keys, and every statement is idempotent, so replaying changes already applied changes nothing.
 */
final class RowWriter {
    /** Rows per multi-row statement; PostgreSQL takes at most 65,535 parameters per statement. */
    static final int MAX_ROWS_PER_STATEMENT = 512;

    private static final int MAX_PARAMS = 30_000;

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
        List<Change> rows = new ArrayList<>(lastPerKey.values());
        Change first = rows.get(0);
        if (first.kind() == Change.Kind.PARTIAL_UPDATE) {
            writeOneByOne(c, rows);
            return;
        }
        // one statement carries many rows (a multi-row upsert or a delete by a key list): one round trip and one
        // parse per chunk instead of per row; each key occurs once, so ON CONFLICT never meets a row twice
        int params = first.kind() == Change.Kind.DELETE
                ? first.key().size()
                : first.values().size();
        int chunk = Math.max(1, Math.min(MAX_ROWS_PER_STATEMENT, MAX_PARAMS / Math.max(1, params)));
        for (int from = 0; from < rows.size(); from += chunk) {
            List<Change> part = rows.subList(from, Math.min(rows.size(), from + chunk));
            try (PreparedStatement s = c.prepareStatement(multiRowSql(first, part.size()))) {
                int p = 1;
                for (Change ch : part) {
                    if (ch.kind() == Change.Kind.DELETE) {
                        for (Object k : ch.key()) {
                            bind(s, p++, k);
                        }
                    } else {
                        for (Object v : ch.values().values()) {
                            bind(s, p++, v);
                        }
                    }
                }
                s.executeUpdate();
            }
        }
    }

    private void writeOneByOne(Connection c, List<Change> rows) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sqlFor(rows.get(0)))) {
            for (Change ch : rows) {
                int p = 1;
                for (Map.Entry<String, Object> e : ch.values().entrySet()) {
                    if (!ch.table().targetPrimaryKey().contains(e.getKey())) {
                        bind(s, p++, e.getValue());
                    }
                }
                for (Object k : ch.key()) {
                    bind(s, p++, k);
                }
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private String multiRowSql(Change ch, int rows) {
        String cacheKey =
                ch.table().target() + "|" + ch.kind() + "|" + ch.values().keySet() + "|" + rows;
        return sqlCache.computeIfAbsent(cacheKey, k -> buildMultiRowSql(ch, rows));
    }

    private static String buildMultiRowSql(Change ch, int rows) {
        TableMapping t = ch.table();
        String table = Sql.quoteQualified(t.target());
        List<String> pk = t.targetPrimaryKey();
        if (ch.kind() == Change.Kind.DELETE) {
            String keyTuple = "("
                    + String.join(
                            ", ",
                            pk.stream().map(k -> "?::" + t.byTarget(k).type()).toList()) + ")";
            String columns = "(" + String.join(", ", pk.stream().map(Sql::quote).toList()) + ")";
            return "DELETE FROM " + table + " WHERE " + columns + " IN (" + repeat(keyTuple, rows) + ")";
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
        return "INSERT INTO " + table + " (" + String.join(", ", cols) + ") VALUES "
                + repeat("(" + String.join(", ", params) + ")", rows) + conflict;
    }

    private static String repeat(String tuple, int times) {
        StringBuilder out = new StringBuilder(tuple.length() * times + 2 * times);
        for (int i = 0; i < times; i++) {
            out.append(i == 0 ? "" : ", ").append(tuple);
        }
        return out.toString();
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
        return sqlCache.computeIfAbsent(cacheKey, k -> partialUpdateSql(ch));
    }

    /** An UPDATE of the columns sent (unchanged TOAST values were not), by primary key. */
    private static String partialUpdateSql(Change ch) {
        TableMapping t = ch.table();
        List<String> pk = t.targetPrimaryKey();
        List<String> where = new ArrayList<>();
        for (String k : pk) {
            where.add(Sql.quote(k) + " = ?::" + t.byTarget(k).type());
        }
        List<String> sets = new ArrayList<>();
        for (String col : ch.values().keySet()) {
            if (!pk.contains(col)) {
                sets.add(Sql.quote(col) + " = ?::" + t.byTarget(col).type());
            }
        }
        return "UPDATE " + Sql.quoteQualified(t.target()) + " SET " + String.join(", ", sets) + " WHERE "
                + String.join(" AND ", where);
    }
}
