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

class ReverseSyncIT {
    @Test
    void copiesTargetWritesBackToTheSourceWithoutEchoingAnything() throws Exception {
        TestDatabases.Pair db = TestDatabases.fresh("reverse");
        try (Connection src = db.source()) {
            exec(
                    src,
                    "CREATE TABLE customers (id int PRIMARY KEY, name text, tier text)",
                    "INSERT INTO customers SELECT g, 'n' || g, 'basic' FROM generate_series(1, 100) g");
        }
        SyncConfig config = new SyncConfig(
                "rev",
                db.sourceDb(),
                db.targetDb(),
                List.of(new SyncConfig.Table("customers", "clients", Map.of("name", "full_name"), List.of(), null)),
                true,
                100,
                0,
                64,
                5);
        try (SyncHandle sync = SyncService.start(config);
                Connection src = db.source();
                Connection tgt = db.target()) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> SyncService.verify(config, false).clean());
            exec(
                    tgt,
                    "INSERT INTO clients VALUES (500, 'from new side', 'gold')",
                    "UPDATE clients SET tier = 'silver' WHERE id = 3");
            exec(src, "UPDATE customers SET tier = 'platinum' WHERE id = 4");
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> count(
                                    src,
                                    "SELECT count(*) FROM customers WHERE (id = 500 AND name = 'from new side')"
                                            + " OR (id = 3 AND tier = 'silver')")
                            == 2);
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> SyncService.verify(config, false).clean());
            await().atMost(Duration.ofSeconds(30)).until(() -> sync.status().echoesSuppressed() >= 3);
            long events = sync.status().events();
            // no ping-pong: once both sides agree, nothing more is applied
            await().during(Duration.ofSeconds(2))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> sync.status().events() == events);
            assertThat(sync.status().state()).isEqualTo(SyncStatus.State.RUNNING);
        }
    }
}
