package dev.carve.extractor.cdc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Two embedded PostgreSQL servers (source and target, wal_level=logical) shared by all ITs of the JVM; each test
 * gets fresh databases on both so tests never see each other's slots or rows.
 */
final class TestDatabases {
    private static EmbeddedPostgres source;
    private static EmbeddedPostgres target;
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestDatabases() {}

    /** Fresh source and target databases; the URLs point at them. */
    record Pair(String sourceUrl, String targetUrl) {
        SyncConfig.Database sourceDb() {
            return SyncConfig.Database.of(sourceUrl, "postgres", "");
        }

        SyncConfig.Database targetDb() {
            return SyncConfig.Database.of(targetUrl, "postgres", "");
        }

        Connection source() throws SQLException {
            return DriverManager.getConnection(sourceUrl, "postgres", "");
        }

        Connection target() throws SQLException {
            return DriverManager.getConnection(targetUrl, "postgres", "");
        }
    }

    static synchronized Pair fresh(String prefix) {
        try {
            if (source == null) {
                source = EmbeddedDatabases.start(null);
                target = EmbeddedDatabases.start(null);
                Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::stop));
            }
            String name = prefix + "_" + COUNTER.incrementAndGet();
            create(source, name);
            create(target, name);
            return new Pair(source.getJdbcUrl("postgres", name), target.getJdbcUrl("postgres", name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void create(EmbeddedPostgres pg, String db) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
    }

    static void exec(Connection c, String... sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement();
                var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void stop() {
        try {
            if (source != null) {
                source.close();
            }
            if (target != null) {
                target.close();
            }
        } catch (IOException ignored) {
            // JVM is exiting
        }
    }
}
