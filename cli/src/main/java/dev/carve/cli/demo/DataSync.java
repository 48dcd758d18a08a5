package dev.carve.cli.demo;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.proposal.Module;
import dev.carve.extractor.cdc.SyncConfig;
import dev.carve.extractor.cdc.SyncHandle;
import dev.carve.extractor.cdc.SyncService;
import dev.carve.extractor.cdc.SyncStatus;
import dev.carve.extractor.cdc.VerifyReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The change-data-capture sync between the monolith's database and the new service's ({@code carve sync}'s library
 * API), both ways: the module's tables are snapshotted and streamed from legacy to new, and whatever the new service
 * writes is streamed back (reverse sync, with marker rows so nothing echoes). So while writes are split between the
 * two sides by the canary, each side sees the other's rows. Written as {@code carve-sync.yaml} in the workspace, so
 * {@code carve sync status|verify --config} work on it while the demo runs.
 */
final class DataSync {
    /** JDBC URL parameter: the connection's writes skip triggers and foreign-key checks (needs a superuser). */
    static final String REPLICA_MODE = "?options=-c%20session_replication_role%3Dreplica";

    private static final Duration SETTLE = Duration.ofSeconds(60);
    private static final long POLL_MILLIS = 300;

    private final SyncHandle handle;
    private final SyncConfig config;
    private final List<String> tables;

    private DataSync(SyncHandle handle, SyncConfig config, List<String> tables) {
        this.handle = handle;
        this.config = config;
        this.tables = tables;
    }

    /** The module's tables worth copying: its own, without the schema history and catalog tables it reads. */
    static List<String> tables(Module m) {
        return m.ownedTables().stream()
                .filter(t -> !t.contains(".") && !t.equals("flyway_schema_history") && !t.startsWith("pg_"))
                .toList();
    }

    /** The {@code carve-sync.yaml} of the demo: legacy to new and back, the module's tables. */
    static String yaml(String module, String legacyJdbc, String serviceJdbc, List<String> tables) {
        StringBuilder yaml = new StringBuilder()
                .append("# carve demo: the module's tables between the monolith's database and the service's\n")
                .append("name: demo_")
                .append(module.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9_]", "_"))
                .append('\n')
                .append("# the sync writes in replica mode, as PostgreSQL's own logical replication does: foreign keys")
                .append(
                        " among the\n# tables do not fire, so the snapshot may copy a table before the one it references\n")
                .append("source: {url: \"")
                .append(legacyJdbc)
                .append(REPLICA_MODE)
                .append("\", user: postgres}\n")
                .append("target: {url: \"")
                .append(serviceJdbc)
                .append(REPLICA_MODE)
                .append("\", user: postgres}\n")
                .append("# the canary splits the module's writes: copy the new side's writes back to legacy\n")
                .append("reverse: true\n")
                .append("batchSize: 256\n")
                .append("tables:\n");
        tables.forEach(t -> yaml.append("  - name: ").append(t).append('\n'));
        return yaml.toString();
    }

    /**
     * Starts the sync and registers it for cleanup. No replication slot needs dropping afterwards: both databases
     * are the demo's own and are removed with it.
     */
    static DataSync start(String legacyJdbc, String serviceJdbc, Module module, Path ws, Cleanup cleanup) {
        List<String> tables = tables(module);
        if (tables.isEmpty()) {
            throw CarveException.badInput("module '" + module.name() + "' owns no tables to sync (it reads "
                    + module.ownedTables() + "); pick another with --module");
        }
        Path file = ws.resolve("carve-sync.yaml");
        try {
            Files.writeString(file, yaml(module.name(), legacyJdbc, serviceJdbc, tables));
        } catch (IOException e) {
            throw CarveException.internal("cannot write " + file, e);
        }
        SyncConfig config = SyncConfig.load(file);
        SyncHandle handle = cleanup.add("the data sync", SyncService.start(config, ws.resolve("sync")));
        return new DataSync(handle, config, tables);
    }

    List<String> tables() {
        return tables;
    }

    /** The sync's lag while it runs, for the progress line. */
    OptionalLong lagMillis() {
        SyncStatus s = handle.status();
        return s.state() == SyncStatus.State.RUNNING ? OptionalLong.of(s.lagMillis()) : OptionalLong.empty();
    }

    /** Waits until the snapshot is in: the new database holds exactly the legacy rows (nothing writes now). */
    VerifyReport awaitInitialCopy() {
        return settle();
    }

    /**
     * After the traffic: waits until both directions have applied everything (at most a minute), then reports the
     * row-by-row comparison and what the sync did.
     */
    DemoSummary.DataCheck verify(long rowsFromNewSide) {
        VerifyReport report = settle();
        SyncStatus s = handle.status();
        long sourceRows = report.tables().stream()
                .mapToLong(VerifyReport.TableResult::sourceRows)
                .sum();
        return new DemoSummary.DataCheck(
                tables,
                sourceRows,
                s.events(),
                rowsFromNewSide,
                s.echoesSuppressed(),
                report.missing(),
                report.extra(),
                report.different());
    }

    /**
     * Compares until the two sides match or the time is up; a comparison while changes are in flight shows them as
     * differences, so only a clean one, or the last one, counts.
     */
    private VerifyReport settle() {
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (true) {
            failIfStopped(handle::status);
            VerifyReport report = SyncService.verify(config, false);
            if (report.clean() || System.nanoTime() > deadline) {
                return report;
            }
            pause();
        }
    }

    private static void failIfStopped(Supplier<SyncStatus> status) {
        SyncStatus s = status.get();
        if (s.state() == SyncStatus.State.FAILED) {
            throw CarveException.internal("the data sync failed: " + s.lastError(), null);
        }
    }

    private static void pause() {
        try {
            TimeUnit.MILLISECONDS.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CarveException.internal("interrupted while the sync caught up", e);
        }
    }
}
