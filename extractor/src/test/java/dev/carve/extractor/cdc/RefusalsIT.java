package dev.carve.extractor.cdc;

import static dev.carve.extractor.cdc.TestDatabases.exec;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.ServerSocket;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each unfit source is refused before anything starts, with the fix in the message. */
class RefusalsIT {
    @Test
    void refusesTablesWithoutKeyMissingTablesAndAUserWithoutReplicationAllAtOnce() throws Exception {
        TestDatabases.Pair db = TestDatabases.fresh("refuse");
        try (Connection src = db.source()) {
            exec(
                    src,
                    "CREATE TABLE nokey (a int, b text)",
                    "CREATE TABLE keyed (id int PRIMARY KEY, region text)",
                    "CREATE ROLE plain LOGIN PASSWORD 'pw'",
                    "GRANT SELECT ON nokey, keyed TO plain");
        }
        SyncConfig config = new SyncConfig(
                "refused",
                SyncConfig.Database.of(db.sourceUrl().replaceAll("\\?.*", ""), "plain", "pw"),
                db.targetDb(),
                List.of(
                        SyncConfig.Table.of("nokey"),
                        SyncConfig.Table.of("public.missing"),
                        new SyncConfig.Table("keyed", null, Map.of(), List.of(), "region = 'EU'")),
                false,
                100,
                0,
                64,
                5);
        assertThatThrownBy(() -> SyncService.start(config).close())
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("ALTER ROLE plain WITH REPLICATION")
                .hasMessageContaining("tables[0]: table public.nokey has no primary key")
                .hasMessageContaining("ALTER TABLE public.nokey ADD PRIMARY KEY")
                .hasMessageContaining("tables[1].name: table public.missing does not exist")
                .hasMessageContaining("ALTER TABLE public.keyed REPLICA IDENTITY FULL")
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((CarveException) e).exitCode())
                        .isEqualTo(2));
    }

    @Test
    void refusesASourceWithoutLogicalWal() throws Exception {
        try (EmbeddedPostgres replicaOnly = EmbeddedPostgres.builder()
                .setServerConfig("wal_level", "replica")
                .start()) {
            try (Connection c = replicaOnly.getPostgresDatabase().getConnection()) {
                exec(c, "CREATE TABLE t (id int PRIMARY KEY)");
            }
            TestDatabases.Pair db = TestDatabases.fresh("walrefuse");
            SyncConfig config = new SyncConfig(
                    "wal",
                    SyncConfig.Database.of(replicaOnly.getJdbcUrl("postgres", "postgres"), "postgres", ""),
                    db.targetDb(),
                    List.of(SyncConfig.Table.of("t")),
                    false,
                    100,
                    0,
                    64,
                    5);
            assertThatThrownBy(() -> SyncService.start(config).close())
                    .isInstanceOf(CarveException.class)
                    .hasMessageContaining("wal_level is 'replica'")
                    .hasMessageContaining("ALTER SYSTEM SET wal_level = logical");
        }
    }

    @Test
    void givesUpOnAnUnreachableDatabaseAfterRetryingAndNamesTheHost() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        TestDatabases.Pair db = TestDatabases.fresh("unreach");
        SyncConfig config = new SyncConfig(
                "unreach",
                SyncConfig.Database.of("jdbc:postgresql://127.0.0.1:" + closedPort + "/legacy", "postgres", ""),
                db.targetDb(),
                List.of(SyncConfig.Table.of("t")),
                false,
                100,
                0,
                64,
                1);
        assertThatThrownBy(() -> SyncService.start(config).close())
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("cannot reach the source database at 127.0.0.1:" + closedPort)
                .hasMessageContaining("tried ")
                .hasMessageContaining("connectTimeoutSeconds");
    }
}
