package dev.carve.extractor.cdc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Carve's data sync as a library: {@link #start} a sync, {@link #verify} that source and target match (and repair
 * them), read its {@link #status}, {@link #stop} it for good, {@link #exportConnect export} it as Kafka Connect
 * configs. Every failure is a {@link SyncException} whose message says what to do.
 */
public final class SyncService {
    private static final Logger LOG = LoggerFactory.getLogger(SyncService.class);

    private SyncService() {}

    /** Starts a sync; sides without a URL get an embedded PostgreSQL with data under {@code .carve/sync}. */
    public static SyncHandle start(SyncConfig config) {
        return start(config, Path.of(".carve", "sync"));
    }

    /** Starts a sync, embedded databases (if any) keeping their data under {@code workDir/<name>}. */
    public static SyncHandle start(SyncConfig config, Path workDir) {
        EmbeddedDatabases embedded = new EmbeddedDatabases();
        try {
            SyncConfig resolved = embedded.resolve(config, workDir);
            return startResolved(resolved, embedded);
        } catch (RuntimeException e) {
            embedded.close();
            throw e;
        }
    }

    private static SyncHandle startResolved(SyncConfig config, EmbeddedDatabases embedded) {
        Endpoint source = endpoint(config.source());
        Endpoint target = endpoint(config.target());
        Duration timeout = Duration.ofSeconds(config.connectTimeoutSeconds());
        List<TableMapping> mappings;
        List<String> warnings = new ArrayList<>();
        try (Connection s = source.connect("source", timeout);
                Connection t = target.connect("target", timeout)) {
            mappings = Preflight.checkSource(config, s, source.describe());
            warnings.addAll(Preflight.staleSlots(s, config.staleSlotMb()));
            TargetSchema.prepare(t, mappings);
            if (config.reverse()) {
                TargetSchema.ensureMeta(s);
            }
            TargetSchema.ensurePublication(s, config.slotName(), mappings, config.reverse());
            if (config.reverse()) {
                List<TableMapping> reversed =
                        mappings.stream().map(TableMapping::reversed).toList();
                Preflight.checkReverse(config, t, target.describe());
                TargetSchema.ensurePublication(t, reverseSlot(config), reversed, true);
            }
        } catch (SQLException e) {
            throw SyncException.failed("preparing the sync failed: " + e.getMessage(), e);
        }
        warnings.forEach(w -> LOG.warn("{}", w));
        SyncStats stats = new SyncStats();
        List<SyncEngine> engines = new ArrayList<>();
        engines.add(new SyncEngine(forward(config, source, target, mappings), config.batchSize(), stats));
        if (config.reverse()) {
            List<TableMapping> reversed =
                    mappings.stream().map(TableMapping::reversed).toList();
            engines.add(new SyncEngine(
                    new Direction(
                            "reverse",
                            config.name() + "_reverse",
                            target,
                            source,
                            reversed,
                            reverseSlot(config),
                            true,
                            true),
                    config.batchSize(),
                    stats));
        }
        return new SyncHandle(config, source, engines, stats, warnings, embedded);
    }

    static Direction forward(SyncConfig config, Endpoint source, Endpoint target, List<TableMapping> mappings) {
        return new Direction(
                "forward",
                config.name(),
                source,
                target,
                mappings,
                config.slotName(),
                config.reverse(),
                config.reverse());
    }

    static String reverseSlot(SyncConfig config) {
        return config.slotName() + "_rev";
    }

    /** Compares source and target table by table; with {@code repair}, re-copies the differing rows. */
    public static VerifyReport verify(SyncConfig config, boolean repair) {
        return verify(config, repair, Verifier.DEFAULT_CHUNK);
    }

    public static VerifyReport verify(SyncConfig config, boolean repair, int chunkRows) {
        requireUrls(config, "verify");
        Endpoint source = endpoint(config.source());
        Endpoint target = endpoint(config.target());
        Duration timeout = Duration.ofSeconds(config.connectTimeoutSeconds());
        try (Connection s = source.connect("source", timeout);
                Connection t = target.connect("target", timeout)) {
            List<TableMapping> mappings = Preflight.checkSource(config, s, source.describe());
            return new Verifier(s, t, chunkRows).verify(mappings, repair);
        } catch (SQLException e) {
            throw SyncException.failed("verify failed: " + e.getMessage(), e);
        }
    }

    /** The status of a sync as recorded on the target and seen on the source (from any process). */
    public static SyncStatus status(SyncConfig config) {
        requireUrls(config, "status");
        Endpoint source = endpoint(config.source());
        Endpoint target = endpoint(config.target());
        Duration timeout = Duration.ofSeconds(config.connectTimeoutSeconds());
        long events = 0;
        long errors = 0;
        long lastTs = 0;
        long lastLsn = 0;
        String lastError = null;
        try (Connection t = target.connect("target", timeout)) {
            TargetSchema.ensureMeta(t);
            try (PreparedStatement st = t.prepareStatement(Sql.get("read_status"))) {
                st.setString(1, config.name());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        events = rs.getLong(1);
                        lastTs = rs.getLong(2);
                        lastLsn = rs.getLong(3);
                        errors = rs.getLong(4);
                        lastError = rs.getString(5);
                    }
                }
            }
        } catch (SQLException e) {
            throw SyncException.failed("reading the status failed: " + e.getMessage(), e);
        }
        try (Connection s = source.connect("source", timeout)) {
            long current;
            try (PreparedStatement st = s.prepareStatement(Sql.get("current_lsn"));
                    ResultSet rs = st.executeQuery()) {
                rs.next();
                current = rs.getLong(1);
            }
            boolean active = false;
            boolean exists = false;
            try (PreparedStatement st = s.prepareStatement(Sql.get("slot_lag"))) {
                st.setString(1, config.slotName());
                try (ResultSet rs = st.executeQuery()) {
                    if (rs.next()) {
                        exists = true;
                        active = rs.getBoolean(2);
                    }
                }
            }
            long lagBytes = lastLsn > 0 ? Math.max(0, current - lastLsn) : 0;
            long lagMs = lagBytes == 0 || lastTs == 0 ? 0 : Math.max(0, System.currentTimeMillis() - lastTs);
            List<String> warnings = new ArrayList<>(Preflight.staleSlots(s, config.staleSlotMb()));
            if (!exists) {
                warnings.add("no replication slot " + config.slotName() + " on the source: the sync was never"
                        + " started or was stopped with --drop-slot");
            }
            SyncStatus.State state = active ? SyncStatus.State.RUNNING : SyncStatus.State.STOPPED;
            return new SyncStatus(config.name(), state, events, errors, lagMs, 0, lagBytes, 0, lastError, warnings);
        } catch (SQLException e) {
            throw SyncException.failed("reading the status failed: " + e.getMessage(), e);
        }
    }

    /**
     * Cleans up a stopped sync on the source: with {@code dropSlot}, drops its replication slot(s) and publication
     * (so the source keeps no WAL for it) and forgets its position on the target. Refuses while the sync runs.
     */
    public static List<String> stop(SyncConfig config, boolean dropSlot) {
        requireUrls(config, "stop");
        return SlotCleanup.stop(config, endpoint(config.source()), endpoint(config.target()), dropSlot);
    }

    /** Writes the Kafka Connect configs (Debezium PostgreSQL source, JDBC sinks) of this sync into {@code dir}. */
    public static List<Path> exportConnect(SyncConfig config, Path dir) {
        requireUrls(config, "export-connect");
        return ConnectExport.write(config, endpoint(config.source()), endpoint(config.target()), dir);
    }

    static Endpoint endpoint(SyncConfig.Database db) {
        return Endpoint.of(db.url(), db.user(), db.resolvedPassword());
    }

    private static void requireUrls(SyncConfig config, String what) {
        if (config.source().embedded() || config.target().embedded()) {
            throw SyncException.refused("'" + what + "' needs source.url and target.url in the config: an embedded"
                    + " database lives only inside the process of its sync. Give both URLs (see docs/cdc.md).");
        }
    }
}
