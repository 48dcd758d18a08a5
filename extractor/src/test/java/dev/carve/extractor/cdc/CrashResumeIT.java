package dev.carve.extractor.cdc;

import static dev.carve.extractor.cdc.TestDatabases.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sync runs as its own JVM and is killed with SIGKILL at seeded random points: twice during its snapshot, then
 * three times while it streams, each time restarted, while a workload of inserts, updates and deletes over three
 * tables runs on the source. Afterwards verify finds no missing, extra or different row, and a trigger on the
 * target proves that no streamed change was applied twice.
 */
class CrashResumeIT {
    private static final long SEED = 20261123L;
    private static final int SNAPSHOT_KILLS = 2;
    private static final int STREAM_KILLS = 3;
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Counts, on the target, how often each row version (one source change) was written by the sync. */
    private static final String[] TARGET_AUDIT = {
        "CREATE TABLE applied (tbl text, id bigint, version bigint, n int NOT NULL, PRIMARY KEY (tbl, id, version))",
        "CREATE FUNCTION count_apply() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN"
                + " INSERT INTO applied VALUES (TG_TABLE_NAME, NEW.id, NEW.version, 1)"
                + " ON CONFLICT (tbl, id, version) DO UPDATE SET n = applied.n + 1; RETURN NULL; END $$"
    };

    @Test
    void resumesAfterSigkillsDuringSnapshotAndStreamingWithNoLossAndNoChangeAppliedTwice(@TempDir Path dir)
            throws Exception {
        Random random = new Random(SEED);
        TestDatabases.Pair db = TestDatabases.fresh("crash");
        try (Connection src = db.source();
                Connection tgt = db.target()) {
            Workload.createSchema(src);
            new Workload(1, 3_000).run(src, 12_000); // rows for the snapshot
            exec(tgt, Workload.SCHEMA);
            exec(tgt, TARGET_AUDIT);
            for (String table : Workload.TABLES) {
                exec(
                        tgt,
                        "CREATE TRIGGER count_apply AFTER INSERT OR UPDATE ON " + table
                                + " FOR EACH ROW EXECUTE FUNCTION count_apply()");
            }
        }
        SyncConfig config = new SyncConfig(
                "crash",
                db.sourceDb(),
                db.targetDb(),
                List.of(
                        SyncConfig.Table.of("accounts"),
                        SyncConfig.Table.of("transfers"),
                        SyncConfig.Table.of("audit")),
                false,
                256,
                0,
                64,
                10);
        Path file = dir.resolve("carve-sync.yaml");
        Files.writeString(file, ConfigYaml.of(config));
        Path logs = Path.of("target", "crash-it");
        int run = 0;

        long snapshotRows = sourceRows(db);
        CompletableFuture<Long> duringSnapshot = workload(db, 2, 6_000);
        for (int kill = 0; kill < SNAPSHOT_KILLS; kill++) {
            SyncProcess sync = SyncProcess.start(file, logs.resolve("sync-" + ++run + ".log"));
            long killAt = applied(db) + (long) (snapshotRows * (0.2 + 0.4 * random.nextDouble()));
            awaitWhileAlive(sync, () -> applied(db) >= killAt);
            sync.kill();
            assertThat(storedOffset(db)).as("killed during the snapshot").contains("\"snapshot\"");
        }

        SyncProcess streaming = SyncProcess.start(file, logs.resolve("sync-" + ++run + ".log"));
        awaitWhileAlive(streaming, () -> isStreaming(storedOffset(db)));
        // every change stamped after this was committed after the snapshot: only the stream can carry it
        long lastSnapshotVersion = sourceCount(db, "SELECT last_value FROM change_seq");
        assertThat(duringSnapshot.get()).isGreaterThanOrEqualTo(6_000);
        CompletableFuture<Long> whileStreaming = workload(db, 3, 24_000);
        for (int kill = 0; kill < STREAM_KILLS; kill++) {
            long killAt = applied(db) + 500 + random.nextInt(3_000);
            SyncProcess sync = streaming;
            awaitWhileAlive(sync, () -> applied(db) >= killAt);
            sync.kill();
            streaming = SyncProcess.start(file, logs.resolve("sync-" + ++run + ".log"));
        }
        assertThat(whileStreaming.get()).isGreaterThanOrEqualTo(24_000);
        try (SyncProcess last = streaming) {
            awaitWhileAlive(last, () -> SyncService.verify(config, false).clean());
        }

        VerifyReport report = SyncService.verify(config, false);
        assertThat(report.missing()).isZero();
        assertThat(report.extra()).isZero();
        assertThat(report.different()).isZero();
        assertThat(report.tables())
                .hasSize(3)
                .allSatisfy(t -> assertThat(t.sourceRows()).isPositive());
        try (Connection tgt = db.target()) {
            String streamed = "FROM applied WHERE version > " + lastSnapshotVersion;
            assertThat(TestDatabases.count(tgt, "SELECT count(*) " + streamed)).isGreaterThan(10_000);
            assertThat(TestDatabases.count(tgt, "SELECT count(*) " + streamed + " AND n > 1"))
                    .as("streamed changes applied more than once")
                    .isZero();
        }
    }

    private static CompletableFuture<Long> workload(TestDatabases.Pair db, long seed, long changes) {
        return CompletableFuture.supplyAsync(() -> {
            try (Connection c = db.source()) {
                return new Workload(seed, 3_000).run(c, changes);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static void awaitWhileAlive(SyncProcess sync, Callable<Boolean> condition) {
        await().atMost(WAIT)
                .pollInterval(Duration.ofMillis(100))
                .failFast("the sync process died (see target/crash-it)", () -> !sync.alive())
                .until(condition);
    }

    private static long sourceRows(TestDatabases.Pair db) throws SQLException {
        return sourceCount(
                db,
                "SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM transfers)"
                        + " + (SELECT count(*) FROM audit)");
    }

    private static long sourceCount(TestDatabases.Pair db, String sql) throws SQLException {
        try (Connection src = db.source()) {
            return TestDatabases.count(src, sql);
        }
    }

    /** Changes applied so far, by all runs (the counter is written in the same transaction as the rows). */
    private static long applied(TestDatabases.Pair db) {
        try (Connection t = db.target()) {
            return TestDatabases.count(t, "SELECT coalesce(sum(events), 0) FROM carve_sync.offsets");
        } catch (SQLException e) {
            return 0; // bookkeeping table not created yet
        }
    }

    private static String storedOffset(TestDatabases.Pair db) throws SQLException {
        try (Connection t = db.target();
                Statement s = t.createStatement();
                ResultSet rs = s.executeQuery("SELECT offset_json FROM carve_sync.offsets WHERE sync = 'crash'")) {
            return rs.next() ? String.valueOf(rs.getString(1)) : "";
        } catch (SQLException e) {
            return "";
        }
    }

    private static boolean isStreaming(String offset) {
        return offset.contains("\"lsn\"") && !offset.contains("\"snapshot\"");
    }
}
