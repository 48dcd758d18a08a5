package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Re-copies the given keys of one table from the source (or deletes them from the target) in one transaction. */
final class Repair {
    private final Connection source;
    private final Connection target;
    private final TableMapping m;

    Repair(Connection source, Connection target, TableMapping m) {
        this.source = source;
        this.target = target;
        this.m = m;
    }

    void run(Collection<List<String>> missing, Collection<List<String>> different, Collection<List<String>> extra)
            throws SQLException {
        List<Change> changes = new ArrayList<>();
        for (List<String> key : extra) {
            changes.add(new Change(m, Change.Kind.DELETE, new ArrayList<>(key), Map.of()));
        }
        List<List<String>> copy = new ArrayList<>(missing);
        copy.addAll(different);
        String cols = String.join(
                ", ",
                m.columns().stream().map(c -> Sql.quote(c.source()) + "::text").toList());
        List<String> where = new ArrayList<>();
        for (String k : m.primaryKey()) {
            where.add(Sql.quote(k) + " = ?::" + m.column(k).type());
        }
        String sql = "SELECT " + cols + " FROM " + Sql.quoteQualified(m.source()) + " WHERE "
                + String.join(" AND ", where) + (m.filter() == null ? "" : " AND (" + m.filter() + ")");
        try (PreparedStatement s = source.prepareStatement(sql)) {
            for (List<String> key : copy) {
                for (int i = 0; i < key.size(); i++) {
                    s.setString(i + 1, key.get(i));
                }
                try (ResultSet rs = s.executeQuery()) {
                    if (rs.next()) {
                        Map<String, Object> values = new LinkedHashMap<>();
                        for (int i = 0; i < m.columns().size(); i++) {
                            values.put(m.columns().get(i).target(), rs.getString(i + 1));
                        }
                        changes.add(new Change(m, Change.Kind.UPSERT, new ArrayList<>(key), values));
                    } else {
                        // gone from the source since the comparison: gone from the target too
                        changes.add(new Change(m, Change.Kind.DELETE, new ArrayList<>(key), Map.of()));
                    }
                }
            }
        }
        boolean auto = target.getAutoCommit();
        target.setAutoCommit(false);
        try {
            new RowWriter().write(target, changes);
            target.commit();
        } catch (SQLException e) {
            target.rollback();
            throw e;
        } finally {
            target.setAutoCommit(auto);
        }
    }
}
