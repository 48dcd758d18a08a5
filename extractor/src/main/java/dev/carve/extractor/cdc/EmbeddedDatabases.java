package dev.carve.extractor.cdc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts the embedded PostgreSQL instances a config asks for (a side without a URL), with {@code wal_level=logical}
 * so it can be a sync source, and stops them on close. Data lives under {@code .carve/sync/<name>/<side>} so a
 * restarted sync finds its data again.
 */
final class EmbeddedDatabases implements AutoCloseable {
    private final List<EmbeddedPostgres> started = new ArrayList<>();

    /** A started, logical-replication-ready PostgreSQL; the caller closes it. */
    static EmbeddedPostgres start(Path dataDir) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("wal_level", "logical")
                .setServerConfig("max_replication_slots", "20")
                .setServerConfig("max_wal_senders", "20")
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off");
        if (dataDir != null) {
            Files.createDirectories(dataDir);
            builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    /** The config with every side lacking a URL pointed at a freshly started embedded PostgreSQL. */
    SyncConfig resolve(SyncConfig config, Path workDir) {
        SyncConfig resolved = config;
        if (config.source().embedded()) {
            resolved =
                    resolved.withSource(startSide(workDir.resolve(config.name()).resolve("source")));
        }
        if (config.target().embedded()) {
            resolved =
                    resolved.withTarget(startSide(workDir.resolve(config.name()).resolve("target")));
        }
        return resolved;
    }

    private SyncConfig.Database startSide(Path dir) {
        try {
            EmbeddedPostgres pg = start(dir);
            started.add(pg);
            return SyncConfig.Database.of(pg.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw SyncException.failed("could not start an embedded PostgreSQL in " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (EmbeddedPostgres pg : started) {
            try {
                pg.close();
            } catch (IOException e) {
                // stopping is best effort; the data directory stays consistent (PostgreSQL recovers on start)
            }
        }
        started.clear();
    }
}
