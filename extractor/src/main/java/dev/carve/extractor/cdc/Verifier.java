package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares a source table with its target by primary-key ranges: the source's keys cut the table into chunks of
 * {@code chunkRows}; each chunk's row count and checksum (md5 over the ordered row hashes, computed inside each
 * database) are compared, and only a chunk that differs is compared row by row to name the keys. Repair upserts
 * missing and different rows from the source and deletes extra ones, in one target transaction per table.
 */
final class Verifier {
    static final int DEFAULT_CHUNK = 10_000;
    static final int MAX_KEYS = 20;

    private final Connection source;
    private final Connection target;
    private final int chunkRows;

    Verifier(Connection source, Connection target, int chunkRows) {
        this.source = source;
        this.target = target;
        this.chunkRows = chunkRows;
    }

    VerifyReport verify(List<TableMapping> mappings, boolean repair) throws SQLException {
        List<VerifyReport.TableResult> results = new ArrayList<>();
        for (TableMapping m : mappings) {
            results.add(verifyTable(m, repair));
        }
        return new VerifyReport(results, repair);
    }

    private VerifyReport.TableResult verifyTable(TableMapping m, boolean repair) throws SQLException {
        Side src = new Side(source, m, true, null);
        Catalog.TableInfo targetTable = Catalog.table(target, m.target());
        if (!targetTable.exists()) {
            throw SyncException.refused("target table " + m.target() + " does not exist; start the sync first (it"
                    + " creates the table and copies the rows).");
        }
        java.util.Set<String> targetColumns = new java.util.HashSet<>();
        targetTable.columns().forEach(c -> targetColumns.add(c.source()));
        Side tgt = new Side(target, m.reversed(), false, targetColumns);
        List<List<String>> bounds = src.boundaries(chunkRows);
        List<String[]> ranges = new ArrayList<>();
        long sourceRows = 0;
        long targetRows = 0;
        int differing = 0;
        Map<List<String>, String> missing = new LinkedHashMap<>();
        Map<List<String>, String> extra = new LinkedHashMap<>();
        Map<List<String>, String> different = new LinkedHashMap<>();
        for (int i = 0; i <= bounds.size(); i++) {
            List<String> from = i == 0 ? null : bounds.get(i - 1);
            List<String> to = i == bounds.size() ? null : bounds.get(i);
            String[] a = src.chunk(from, to);
            String[] b = tgt.chunk(from, to);
            sourceRows += Long.parseLong(a[0]);
            targetRows += Long.parseLong(b[0]);
            if (Arrays.equals(a, b)) {
                continue;
            }
            differing++;
            Map<List<String>, String> srcRows = src.rowHashes(from, to);
            Map<List<String>, String> tgtRows = tgt.rowHashes(from, to);
            for (Map.Entry<List<String>, String> e : srcRows.entrySet()) {
                String other = tgtRows.get(e.getKey());
                if (other == null) {
                    missing.put(e.getKey(), e.getValue());
                } else if (!other.equals(e.getValue())) {
                    different.put(e.getKey(), e.getValue());
                }
            }
            for (List<String> k : tgtRows.keySet()) {
                if (!srcRows.containsKey(k)) {
                    extra.put(k, "");
                }
            }
        }
        if (repair && (!missing.isEmpty() || !different.isEmpty() || !extra.isEmpty())) {
            new Repair(source, target, m).run(missing.keySet(), different.keySet(), extra.keySet());
        }
        return new VerifyReport.TableResult(
                m.source(),
                m.target(),
                sourceRows,
                targetRows,
                bounds.size() + 1,
                differing,
                missing.size(),
                extra.size(),
                different.size(),
                keys(missing),
                keys(extra),
                keys(different));
    }

    private static List<String> keys(Map<List<String>, String> rows) {
        return rows.keySet().stream()
                .limit(MAX_KEYS)
                .map(k -> String.join(",", k))
                .toList();
    }

    /** One side of the comparison: its table name, columns and row filter in its own names. */
    static final class Side {
        private final Connection c;
        private final String table;
        private final List<String> pk;
        private final List<String> pkTypes;
        private final String rowText;
        private final String filter;

        /** {@code present}: the columns that exist on this side (null: all); a missing one compares as NULL. */
        Side(Connection c, TableMapping m, boolean isSource, java.util.Set<String> present) {
            this.c = c;
            this.table = Sql.quoteQualified(m.source());
            this.pk = m.primaryKey().stream().map(Sql::quote).toList();
            this.pkTypes = m.primaryKey().stream().map(k -> m.column(k).type()).toList();
            List<String> cols = new ArrayList<>();
            // the same column order on both sides: the source mapping's order
            for (TableMapping.Column col : m.columns()) {
                String value = present == null || present.contains(col.source()) ? Sql.quote(col.source()) : "NULL";
                cols.add("coalesce(" + value + "::text, '\\N')");
            }
            this.rowText = "md5(concat_ws(chr(31), " + String.join(", ", cols) + "))";
            this.filter = isSource && m.filter() != null ? "(" + m.filter() + ")" : "true";
        }

        private String pkList() {
            return String.join(", ", pk);
        }

        private String keyParams() {
            List<String> p = new ArrayList<>();
            for (String t : pkTypes) {
                p.add("?::" + t);
            }
            return "ROW(" + String.join(", ", p) + ")";
        }

        private String range(List<String> from, List<String> to) {
            String where = filter;
            if (from != null) {
                where += " AND ROW(" + pkList() + ") >= " + keyParams();
            }
            if (to != null) {
                where += " AND ROW(" + pkList() + ") < " + keyParams();
            }
            return where;
        }

        private int bind(PreparedStatement s, List<String> from, List<String> to) throws SQLException {
            int p = 1;
            for (List<String> key : Arrays.asList(from, to)) {
                if (key != null) {
                    for (String v : key) {
                        s.setString(p++, v);
                    }
                }
            }
            return p;
        }

        List<List<String>> boundaries(int chunkRows) throws SQLException {
            String keys = String.join(", ", pk.stream().map(k -> k + "::text").toList());
            String sql = "SELECT " + keys + " FROM (SELECT " + pkList() + ", row_number() OVER (ORDER BY " + pkList()
                    + ") AS carve_rn FROM " + table + " WHERE " + filter + ") x WHERE carve_rn % " + chunkRows
                    + " = 1 ORDER BY " + pkList();
            List<List<String>> out = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(sql);
                    ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<String> key = new ArrayList<>();
                    for (int i = 1; i <= pk.size(); i++) {
                        key.add(rs.getString(i));
                    }
                    out.add(key);
                }
            }
            return out;
        }

        /** {count, checksum} of the rows in [from, to). */
        String[] chunk(List<String> from, List<String> to) throws SQLException {
            String sql =
                    "SELECT count(*), coalesce(md5(string_agg(h, '' ORDER BY " + pkOrder() + ")), '') FROM (SELECT "
                            + pkList() + ", " + rowText + " AS h FROM " + table + " WHERE " + range(from, to) + ") x";
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, from, to);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    return new String[] {rs.getString(1), rs.getString(2)};
                }
            }
        }

        private String pkOrder() {
            return pkList();
        }

        Map<List<String>, String> rowHashes(List<String> from, List<String> to) throws SQLException {
            String keys = String.join(", ", pk.stream().map(k -> k + "::text").toList());
            String sql = "SELECT " + keys + ", " + rowText + " FROM " + table + " WHERE " + range(from, to);
            Map<List<String>, String> out = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(sql)) {
                bind(s, from, to);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        List<String> key = new ArrayList<>();
                        for (int i = 1; i <= pk.size(); i++) {
                            key.add(rs.getString(i));
                        }
                        out.put(key, rs.getString(pk.size() + 1));
                    }
                }
            }
            return out;
        }
    }
}
