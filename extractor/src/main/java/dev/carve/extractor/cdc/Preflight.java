package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks up front that the source can be synced (logical WAL, replication permission, every table present, readable
 * and keyed, filters backed by a full replica identity) and collects every problem with its fix, so the user
 * fixes them all in one round rather than one per run.
 */
final class Preflight {
    private Preflight() {}

    /** The table mappings of a config, or a refusal listing every problem found on the source. */
    static List<TableMapping> checkSource(SyncConfig config, Connection source, String where) throws SQLException {
        List<String> problems = new ArrayList<>();
        String walLevel = Catalog.scalar(source, "wal_level");
        if (!"logical".equals(walLevel)) {
            problems.add("wal_level is '" + walLevel + "' on the source, logical decoding needs 'logical'. Fix: run"
                    + " ALTER SYSTEM SET wal_level = logical; and restart PostgreSQL (on Amazon RDS/Aurora set"
                    + " rds.logical_replication = 1 in the parameter group; on Cloud SQL the flag"
                    + " cloudsql.logical_decoding = on).");
        }
        if (!"t".equals(Catalog.scalar(source, "can_replicate"))) {
            String user = Catalog.scalar(source, "current_user_name");
            problems.add("the source user '" + user + "' may not use replication. Fix: ALTER ROLE " + user
                    + " WITH REPLICATION; (on Amazon RDS: GRANT rds_replication TO " + user + ";)");
        }
        List<TableMapping> mappings = new ArrayList<>();
        for (int i = 0; i < config.tables().size(); i++) {
            SyncConfig.Table t = config.tables().get(i);
            String key = "tables[" + i + "]";
            Catalog.TableInfo info = Catalog.table(source, t.qualifiedName());
            if (!info.exists()) {
                problems.add(key + ".name: table " + t.qualifiedName() + " does not exist in the source database "
                        + where + ". Fix: correct the name (schema.table) or remove the entry.");
                continue;
            }
            if (!canSelect(source, t.qualifiedName())) {
                problems.add(key + ": the source user may not read " + t.qualifiedName() + ". Fix: GRANT SELECT ON "
                        + t.qualifiedName() + " TO <sync user>;");
            }
            if (info.primaryKey().isEmpty()) {
                problems.add(key + ": table " + t.qualifiedName() + " has no primary key, so changes cannot be applied"
                        + " by key. Fix: ALTER TABLE " + t.qualifiedName()
                        + " ADD PRIMARY KEY (<columns>); or leave the"
                        + " table out of the sync.");
                continue;
            }
            if (t.filter() != null && info.replicaIdentity() != 'f') {
                problems.add(key + ".filter: a row filter needs the old row values on UPDATE and DELETE. Fix: ALTER"
                        + " TABLE " + t.qualifiedName() + " REPLICA IDENTITY FULL;");
            }
            mappings.add(map(t, info, key, problems));
        }
        if (!problems.isEmpty()) {
            throw SyncException.refused(
                    "the sync '" + config.name() + "' cannot start:\n  - " + String.join("\n  - ", problems));
        }
        return mappings;
    }

    /** For a reverse sync the target is read from too: it needs logical WAL and replication permission. */
    static void checkReverse(SyncConfig config, Connection target, String where) throws SQLException {
        List<String> problems = new ArrayList<>();
        String walLevel = Catalog.scalar(target, "wal_level");
        if (!"logical".equals(walLevel)) {
            problems.add("reverse: true reads changes from the target " + where + ", whose wal_level is '" + walLevel
                    + "'. Fix: ALTER SYSTEM SET wal_level = logical; and restart it, or set reverse: false.");
        }
        if (!"t".equals(Catalog.scalar(target, "can_replicate"))) {
            String user = Catalog.scalar(target, "current_user_name");
            problems.add("reverse: true needs replication permission on the target. Fix: ALTER ROLE " + user
                    + " WITH REPLICATION;");
        }
        if (!problems.isEmpty()) {
            throw SyncException.refused(
                    "the sync '" + config.name() + "' cannot start:\n  - " + String.join("\n  - ", problems));
        }
    }

    private static TableMapping map(SyncConfig.Table t, Catalog.TableInfo info, String key, List<String> problems) {
        Set<String> known = new HashSet<>();
        info.columns().forEach(c -> known.add(c.source()));
        for (Map.Entry<String, String> r : t.rename().entrySet()) {
            if (!known.contains(r.getKey())) {
                problems.add(key + ".rename: column '" + r.getKey() + "' is not in " + t.qualifiedName()
                        + ". Known columns: " + String.join(", ", known));
            }
        }
        for (String d : t.drop()) {
            if (!known.contains(d)) {
                problems.add(key + ".drop: column '" + d + "' is not in " + t.qualifiedName());
            } else if (info.primaryKey().contains(d)) {
                problems.add(key + ".drop: column '" + d + "' is part of the primary key and cannot be dropped");
            }
        }
        List<TableMapping.Column> columns = new ArrayList<>();
        for (TableMapping.Column c : info.columns()) {
            if (!t.drop().contains(c.source())) {
                columns.add(new TableMapping.Column(
                        c.source(), t.rename().getOrDefault(c.source(), c.source()), c.type(), c.notNull()));
            }
        }
        return new TableMapping(
                t.qualifiedName(),
                t.qualifiedTarget(),
                columns,
                info.primaryKey(),
                t.filter(),
                new HashSet<>(t.drop()));
    }

    private static boolean canSelect(Connection c, String table) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(Sql.get("can_select"))) {
            s.setString(1, Sql.quoteQualified(table));
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Warnings about replication slots of Carve that are inactive and hold back WAL on the source. */
    static List<String> staleSlots(Connection source, int staleMb) throws SQLException {
        List<String> warnings = new ArrayList<>();
        try (PreparedStatement s = source.prepareStatement(Sql.get("slots"));
                ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long retained = rs.getLong(3);
                if (!rs.getBoolean(2) && retained > (long) staleMb * 1024 * 1024) {
                    String slot = rs.getString(1);
                    warnings.add("replication slot " + slot + " is inactive and holds back " + (retained >> 20)
                            + " MB of WAL on the source (the disk fills until it is consumed or dropped). Resume its"
                            + " sync, or run: carve sync stop --drop-slot --config <its config> (or SELECT"
                            + " pg_drop_replication_slot('" + slot + "');)");
                }
            }
        }
        return warnings;
    }
}
