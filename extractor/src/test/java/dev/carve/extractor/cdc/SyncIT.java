package dev.carve.extractor.cdc;

import static dev.carve.extractor.cdc.TestDatabases.count;
import static dev.carve.extractor.cdc.TestDatabases.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyncIT {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private static SyncConfig config(TestDatabases.Pair db, List<SyncConfig.Table> tables) {
        return new SyncConfig(
                "s" + Math.abs(db.sourceUrl().hashCode() % 100000),
                db.sourceDb(),
                db.targetDb(),
                tables,
                false,
                500,
                0,
                64,
                5);
    }

    @Test
    void snapshotsThenStreamsWithRenamesDropsAndANewNullableColumn() throws Exception {
        TestDatabases.Pair db = TestDatabases.fresh("stream");
        try (Connection src = db.source()) {
            exec(
                    src,
                    "CREATE TABLE orders (id bigint PRIMARY KEY, customer text NOT NULL, amount numeric(10,2),"
                            + " created timestamptz, day date, notes text, payload bytea, tags text[], doc jsonb)",
                    "INSERT INTO orders SELECT g, 'c' || g, g * 1.25, timestamptz '2024-01-01 10:00:00.123456+00'"
                            + " + g * interval '1 minute', date '2024-02-29', 'secret', '\\x00ff'::bytea,"
                            + " ARRAY['a','b \"q\"'], '{\"k\": 1}' FROM generate_series(1, 500) g");
            SyncConfig config = config(
                    db,
                    List.of(new SyncConfig.Table(
                            "orders", "purchases", Map.of("customer", "client"), List.of("notes"), null)));
            try (SyncHandle sync = SyncService.start(config)) {
                await().atMost(WAIT)
                        .until(() -> SyncService.verify(config, false).clean());
                exec(
                        src,
                        "INSERT INTO orders (id, customer, amount) VALUES (1001, 'new', 9.99)",
                        "UPDATE orders SET amount = 0.01, tags = ARRAY['x'] WHERE id = 7",
                        "DELETE FROM orders WHERE id = 8",
                        "UPDATE orders SET id = 2000 WHERE id = 9",
                        "ALTER TABLE orders ADD COLUMN region text",
                        "INSERT INTO orders (id, customer, region) VALUES (1002, 'eu', 'EU')");
                await().atMost(WAIT)
                        .until(() -> SyncService.verify(config, false).clean());
                try (Connection tgt = db.target()) {
                    assertThat(count(tgt, "SELECT count(*) FROM purchases")).isEqualTo(501);
                    assertThat(count(tgt, "SELECT count(*) FROM purchases WHERE region = 'EU' AND client = 'eu'"))
                            .isEqualTo(1);
                    assertThat(count(
                                    tgt, "SELECT count(*) FROM information_schema.columns WHERE column_name = 'notes'"))
                            .isZero();
                }
                SyncStatus status = sync.status();
                assertThat(status.state()).isEqualTo(SyncStatus.State.RUNNING);
                assertThat(status.events()).isGreaterThanOrEqualTo(505);
                assertThat(sync.metricsText())
                        .contains("carve_sync_events_total")
                        .contains("carve_sync_lag_bytes");
            }
        }
    }
}
