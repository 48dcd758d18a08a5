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

class VerifyRepairIT {
    @Test
    void findsMissingExtraAndDifferentRowsByChunkAndRepairsThem() throws Exception {
        TestDatabases.Pair db = TestDatabases.fresh("verify");
        try (Connection src = db.source()) {
            exec(
                    src,
                    "CREATE TABLE items (shop int, sku text, price numeric(8,2), region text,"
                            + " PRIMARY KEY (shop, sku))",
                    "ALTER TABLE items REPLICA IDENTITY FULL",
                    "INSERT INTO items SELECT g % 7, 'sku' || g, g, CASE WHEN g % 3 = 0 THEN 'US' ELSE 'EU' END"
                            + " FROM generate_series(1, 3000) g");
        }
        SyncConfig config = new SyncConfig(
                "verify",
                db.sourceDb(),
                db.targetDb(),
                List.of(new SyncConfig.Table("items", null, Map.of("price", "cost"), List.of(), "region = 'EU'")),
                false,
                500,
                0,
                64,
                5);
        try (SyncHandle sync = SyncService.start(config)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> SyncService.verify(config, false, 250).clean());
            try (Connection src = db.source()) {
                exec(src, "UPDATE items SET region = 'US' WHERE shop = 1 AND sku = 'sku1'");
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> SyncService.verify(config, false, 250).clean());
        }
        try (Connection tgt = db.target()) {
            assertThat(count(tgt, "SELECT count(*) FROM items")).isEqualTo(1999);
            exec(
                    tgt,
                    "DELETE FROM items WHERE shop = 2 AND sku = 'sku2'",
                    "UPDATE items SET cost = 0 WHERE shop = 4 AND sku = 'sku4'",
                    "INSERT INTO items VALUES (9, 'ghost', 1, 'EU')");
        }
        VerifyReport found = SyncService.verify(config, false, 250);
        assertThat(found.missing()).isEqualTo(1);
        assertThat(found.different()).isEqualTo(1);
        assertThat(found.extra()).isEqualTo(1);
        VerifyReport.TableResult items = found.tables().get(0);
        assertThat(items.sourceRows()).isEqualTo(1999);
        assertThat(items.missingKeys()).containsExactly("2,sku2");
        assertThat(items.differentKeys()).containsExactly("4,sku4");
        assertThat(items.extraKeys()).containsExactly("9,ghost");
        assertThat(items.chunksDiffering()).isLessThan(items.chunks());

        SyncService.verify(config, true, 250);
        assertThat(SyncService.verify(config, false, 250).clean()).isTrue();
    }

    @Test
    void warnsAboutAStaleSlotAndDropsItOnStop() throws Exception {
        TestDatabases.Pair db = TestDatabases.fresh("slots");
        try (Connection src = db.source()) {
            exec(src, "CREATE TABLE t (id int PRIMARY KEY, v text)");
        }
        SyncConfig config = new SyncConfig(
                "slots", db.sourceDb(), db.targetDb(), List.of(SyncConfig.Table.of("t")), false, 100, 0, 0, 5);
        try (SyncHandle sync = SyncService.start(config)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> slotExists(db) && sync.status().state() == SyncStatus.State.RUNNING);
        }
        try (Connection src = db.source()) {
            exec(src, "INSERT INTO t SELECT g, repeat('x', 1000) FROM generate_series(1, 2000) g");
        }
        assertThat(SyncService.status(config).state()).isEqualTo(SyncStatus.State.STOPPED);
        try (SyncHandle sync = SyncService.start(config)) {
            assertThat(sync.warnings())
                    .anySatisfy(w -> assertThat(w)
                            .contains("replication slot carve_slots is inactive")
                            .contains("--drop-slot"));
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> SyncService.verify(config, false).clean());
        }
        List<String> done = SyncService.stop(config, true);
        assertThat(done).anySatisfy(d -> assertThat(d).contains("dropped replication slot carve_slots"));
        assertThat(slotExists(db)).isFalse();
    }

    private static boolean slotExists(TestDatabases.Pair db) throws Exception {
        try (Connection src = db.source()) {
            return count(src, "SELECT count(*) FROM pg_replication_slots WHERE slot_name = 'carve_slots'") == 1;
        }
    }
}
