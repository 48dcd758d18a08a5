package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Prepares a database to receive changes: Carve's bookkeeping tables (schema {@code carve_sync}) and, for each
 * mapped table that does not exist yet, a table with the source's column types and primary key.
 */
final class TargetSchema {
    private TargetSchema() {}

    static void ensureMeta(Connection c) throws SQLException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute(Sql.get("meta_schema"));
            s.execute(Sql.get("meta_offsets"));
            s.execute(Sql.get("meta_marker"));
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** Creates missing target tables and refuses existing ones that lack a mapped column. */
    static void prepare(Connection target, List<TableMapping> mappings) throws SQLException {
        ensureMeta(target);
        List<String> problems = new ArrayList<>();
        for (TableMapping m : mappings) {
            Catalog.TableInfo info = Catalog.table(target, m.target());
            if (!info.exists()) {
                create(target, m);
                continue;
            }
            for (TableMapping.Column c : m.columns()) {
                if (info.columns().stream().noneMatch(t -> t.source().equals(c.target()))) {
                    problems.add("target table " + m.target() + " has no column '" + c.target() + "' (from "
                            + m.source() + "." + c.source() + "). Fix: ALTER TABLE " + m.target() + " ADD COLUMN "
                            + c.target() + " " + c.type() + "; or drop/rename the column in the config.");
                }
            }
            if (!info.primaryKey().equals(m.targetPrimaryKey())) {
                problems.add("target table " + m.target() + " has primary key " + info.primaryKey() + " but the source"
                        + " key maps to " + m.targetPrimaryKey() + ". Fix: give the target the same primary key.");
            }
        }
        if (!problems.isEmpty()) {
            throw SyncException.refused("the target is not ready:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static void create(Connection target, TableMapping m) throws SQLException {
        StringBuilder ddl = new StringBuilder("CREATE TABLE ")
                .append(Sql.quoteQualified(m.target()))
                .append(" (");
        for (TableMapping.Column c : m.columns()) {
            ddl.append(Sql.quote(c.target())).append(' ').append(c.type());
            if (c.notNull()) {
                ddl.append(" NOT NULL");
            }
            ddl.append(", ");
        }
        ddl.append("PRIMARY KEY (");
        ddl.append(
                String.join(", ", m.targetPrimaryKey().stream().map(Sql::quote).toList()));
        ddl.append("))");
        boolean auto = target.getAutoCommit();
        target.setAutoCommit(true);
        try (Statement s = target.createStatement()) {
            String schema = m.target().substring(0, m.target().indexOf('.'));
            s.execute("CREATE SCHEMA IF NOT EXISTS " + Sql.quote(schema));
            s.execute(ddl.toString());
        } finally {
            target.setAutoCommit(auto);
        }
    }

    /** Adds a new nullable column to a target table (an additive change on the source). */
    static void addColumn(Connection target, String table, TableMapping.Column column) throws SQLException {
        try (Statement s = target.createStatement()) {
            s.execute("ALTER TABLE " + Sql.quoteQualified(table) + " ADD COLUMN IF NOT EXISTS "
                    + Sql.quote(column.target()) + " " + column.type());
        }
    }

    /** Creates or updates the publication so it covers exactly the mapped tables (with their row filters). */
    static void ensurePublication(Connection source, String name, List<TableMapping> mappings, boolean withMarker)
            throws SQLException {
        List<String> parts = new ArrayList<>();
        for (TableMapping m : mappings) {
            parts.add(Sql.quoteQualified(m.source()) + (m.filter() == null ? "" : " WHERE (" + m.filter() + ")"));
        }
        if (withMarker) {
            parts.add("carve_sync.marker");
        }
        boolean exists;
        try (var s = source.prepareStatement(Sql.get("publication_exists"))) {
            s.setString(1, name);
            try (var rs = s.executeQuery()) {
                exists = rs.next();
            }
        }
        boolean auto = source.getAutoCommit();
        source.setAutoCommit(true);
        try (Statement s = source.createStatement()) {
            String tables = String.join(", ", parts);
            s.execute(
                    exists
                            ? "ALTER PUBLICATION " + Sql.quote(name) + " SET TABLE " + tables
                            : "CREATE PUBLICATION " + Sql.quote(name) + " FOR TABLE " + tables);
        } catch (SQLException e) {
            throw SyncException.refused(
                    "could not create the publication " + name + " on the source: "
                            + e.getMessage() + ". The sync user needs to own the tables (or be superuser), and each row"
                            + " filter must be a valid condition on its table.",
                    e);
        } finally {
            source.setAutoCommit(auto);
        }
    }
}
