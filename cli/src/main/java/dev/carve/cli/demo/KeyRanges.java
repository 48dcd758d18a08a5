package dev.carve.cli.demo;

import dev.carve.analyzer.CarveException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Keys that both databases generate while writes are split between them must never meet: the new database's
 * sequences start at {@link #NEW_SIDE_FIRST_KEY}, far above anything the legacy side reaches, so a row created on
 * either side keeps its key when the sync copies it to the other, and no upsert by key overwrites a different row.
 */
final class KeyRanges {
    /** The first key the new side hands out. */
    static final long NEW_SIDE_FIRST_KEY = 1_000_000_001L;

    private KeyRanges() {}

    /** Moves every sequence behind the tables' columns to the new side's range; returns the sequences moved. */
    static List<String> moveToNewSideRange(String jdbcUrl, List<String> tables) {
        List<String> moved = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            for (String table : tables) {
                for (String sequence : sequences(c, table)) {
                    try (PreparedStatement s = c.prepareStatement(DemoSql.get("move_sequence"))) {
                        s.setString(1, sequence);
                        s.setLong(2, NEW_SIDE_FIRST_KEY);
                        s.executeQuery().close();
                    }
                    moved.add(sequence);
                }
            }
            return moved;
        } catch (SQLException e) {
            throw CarveException.internal("cannot move the key sequences of " + tables + " at " + jdbcUrl, e);
        }
    }

    /** Rows of the tables whose key is in the new side's range: those created by the new service. */
    static long rowsFromNewSide(String jdbcUrl, List<String> tables) {
        long rows = 0;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            for (String table : tables) {
                String key = primaryKey(c, table);
                if (key == null) {
                    continue;
                }
                String sql = String.format(DemoSql.get("count_rows_from"), qualified(table), DemoSql.quote(key));
                try (PreparedStatement s = c.prepareStatement(sql)) {
                    s.setLong(1, NEW_SIDE_FIRST_KEY);
                    try (ResultSet rs = s.executeQuery()) {
                        rows += rs.next() ? rs.getLong(1) : 0;
                    }
                }
            }
            return rows;
        } catch (SQLException e) {
            throw CarveException.internal("cannot count the new side's rows of " + tables + " at " + jdbcUrl, e);
        }
    }

    private static List<String> sequences(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(DemoSql.get("table_sequences"))) {
            s.setString(1, schema(table));
            s.setString(2, name(table));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private static String primaryKey(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(DemoSql.get("primary_key"))) {
            s.setString(1, qualified(table));
            try (ResultSet rs = s.executeQuery()) {
                String key = rs.next() ? rs.getString(1) : null;
                return key != null && !rs.next() ? key : null; // a composite key has no range
            }
        }
    }

    private static String schema(String table) {
        int dot = table.indexOf('.');
        return dot < 0 ? "public" : table.substring(0, dot);
    }

    private static String name(String table) {
        int dot = table.indexOf('.');
        return dot < 0 ? table : table.substring(dot + 1);
    }

    static String qualified(String table) {
        return DemoSql.quote(schema(table)) + "." + DemoSql.quote(name(table));
    }
}
