package dev.carve.extractor.cdc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Reads table definitions from PostgreSQL's catalog. */
final class Catalog {
    private Catalog() {}

    /** A table's definition; {@code oid} is 0 when the table does not exist. */
    record TableInfo(long oid, List<TableMapping.Column> columns, List<String> primaryKey, char replicaIdentity) {
        boolean exists() {
            return oid != 0;
        }
    }

    static TableInfo table(Connection c, String qualifiedName) throws SQLException {
        long oid = 0;
        try (PreparedStatement s = c.prepareStatement(Sql.get("table_oid"))) {
            s.setString(1, Sql.quoteQualified(qualifiedName));
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    oid = rs.getLong(1);
                }
            }
        }
        if (oid == 0) {
            return new TableInfo(0, List.of(), List.of(), 'd');
        }
        List<TableMapping.Column> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(Sql.get("columns"))) {
            s.setLong(1, oid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    columns.add(new TableMapping.Column(
                            rs.getString(1), rs.getString(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
        }
        List<String> pk = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement(Sql.get("primary_key"))) {
            s.setLong(1, oid);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    pk.add(rs.getString(1));
                }
            }
        }
        char identity = 'd';
        try (PreparedStatement s = c.prepareStatement(Sql.get("replica_identity"))) {
            s.setLong(1, oid);
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    identity = rs.getString(1).charAt(0);
                }
            }
        }
        return new TableInfo(oid, columns, pk, identity);
    }

    static String scalar(Connection c, String sqlKey) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(Sql.get(sqlKey));
                ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
