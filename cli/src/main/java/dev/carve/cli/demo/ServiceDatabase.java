package dev.carve.cli.demo;

import dev.carve.analyzer.CarveException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The extracted service's own database: an embedded PostgreSQL that the demo (not the service) runs, with
 * {@code wal_level=logical} so the reverse sync can read the service's writes. Owning it here keeps the data when the
 * fault drill kills the service, so the sync and the final verification still see every committed row.
 */
final class ServiceDatabase implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    private ServiceDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbcUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
    }

    static ServiceDatabase start(Path dataDir) {
        try {
            return new ServiceDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(true)
                    .setServerConfig("wal_level", "logical")
                    .setServerConfig("max_replication_slots", "10")
                    .setServerConfig("max_wal_senders", "10")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start());
        } catch (IOException e) {
            throw CarveException.internal("cannot start the service's embedded PostgreSQL in " + dataDir, e);
        }
    }

    /** Its JDBC URL (user {@code postgres}, no password). */
    String jdbcUrl() {
        return jdbcUrl;
    }

    /**
     * Empties the module's tables where the service's schema already created them: their rows come from legacy, the
     * owner of the data so far, through the sync's snapshot. Rows a schema migration seeds would otherwise be
     * copied back to legacy by the reverse sync's own snapshot, over legacy's newer values.
     */
    List<String> emptyTables(List<String> tables) {
        List<String> present = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "")) {
            for (String t : tables) {
                try (PreparedStatement s = c.prepareStatement(DemoSql.get("table_exists"))) {
                    s.setString(1, t.contains(".") ? t : "public." + t);
                    try (ResultSet rs = s.executeQuery()) {
                        if (rs.next() && rs.getBoolean(1)) {
                            present.add(t);
                        }
                    }
                }
            }
            if (!present.isEmpty()) {
                try (Statement s = c.createStatement()) {
                    s.execute(String.format(
                            DemoSql.get("empty_tables"),
                            String.join(
                                    ", ",
                                    present.stream().map(KeyRanges::qualified).toList())));
                }
            }
            return present;
        } catch (SQLException e) {
            throw CarveException.internal("cannot empty " + tables + " in the service's database " + jdbcUrl, e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
