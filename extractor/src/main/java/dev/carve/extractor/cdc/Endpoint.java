package dev.carve.extractor.cdc;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A reachable PostgreSQL database: JDBC URL, credentials, and the host/port/database Debezium needs. */
record Endpoint(String url, String user, String password, String host, int port, String database) {
    private static final Logger LOG = LoggerFactory.getLogger(Endpoint.class);

    static Endpoint of(String url, String user, String password) {
        URI uri = URI.create(url.substring("jdbc:".length()));
        String path = uri.getPath() == null ? "" : uri.getPath();
        String db = path.startsWith("/") ? path.substring(1) : path;
        if (uri.getHost() == null || db.isEmpty()) {
            throw SyncException.refused(
                    "'" + url + "' names no host or database;" + " write it as jdbc:postgresql://host:port/database");
        }
        return new Endpoint(url, user, password, uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), db);
    }

    /** Where it is, for messages (never the password). */
    String describe() {
        return host + ":" + port + "/" + database;
    }

    /** One connection, without retries. */
    Connection open() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("reWriteBatchedInserts", "true");
        p.setProperty("connectTimeout", "5");
        p.setProperty("ApplicationName", "carve-sync");
        return DriverManager.getConnection(url, p);
    }

    /**
     * A connection, retrying with exponential backoff while the database is unreachable; after {@code timeout} the
     * failure names the host and says what to check. Authentication and other non-network errors fail at once.
     */
    Connection connect(String role, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        long backoffMs = 100;
        int attempts = 0;
        while (true) {
            attempts++;
            try {
                return open();
            } catch (SQLException e) {
                boolean network = e.getSQLState() != null && e.getSQLState().startsWith("08");
                if (!network) {
                    throw SyncException.refused(
                            role + " database " + describe() + " refused the connection as '" + user + "': "
                                    + e.getMessage() + ". Check the user, password and database name.",
                            e);
                }
                if (System.nanoTime() + backoffMs * 1_000_000 > deadline) {
                    throw SyncException.refused(
                            "cannot reach the " + role + " database at " + host + ":" + port
                                    + " (tried " + attempts + " times over " + timeout.toSeconds() + " s): "
                                    + e.getMessage()
                                    + ". Check that PostgreSQL runs there and that host, port and firewall allow the"
                                    + " connection; raise connectTimeoutSeconds to wait longer.",
                            e);
                }
                LOG.warn(
                        "{} database {} unreachable ({}); retrying in {} ms",
                        role,
                        describe(),
                        e.getMessage(),
                        backoffMs);
                sleep(backoffMs);
                backoffMs = Math.min(backoffMs * 2, 5_000);
            }
        }
    }

    /** A backoff is a wait for time itself: nothing to be notified of while a remote database is unreachable. */
    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SyncException.failed("interrupted while waiting to reconnect", e);
        }
    }
}
