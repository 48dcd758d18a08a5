package dev.carve.extractor.cdc;

import static dev.carve.extractor.cdc.TestDatabases.exec;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.extractor.plan.MigrationPlanner;
import dev.carve.extractor.plan.PlanOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync section of {@code carve plan}'s output runs as it is: loaded by the sync's loader, started, verified. */
class PlanSyncSectionIT {
    @Test
    void theSyncSectionOfAPlanCopiesTheModulesOwnedTables(@TempDir Path dir) throws Exception {
        TestDatabases.Pair db = TestDatabases.fresh("plan");
        try (Connection src = db.source()) {
            exec(
                    src,
                    "CREATE TABLE coupons (code text PRIMARY KEY, percent int NOT NULL)",
                    "CREATE TABLE coupon_redemptions (id bigint PRIMARY KEY, code text NOT NULL, order_id bigint)",
                    "INSERT INTO coupons SELECT 'C' || g, g % 50 FROM generate_series(1, 200) g",
                    "INSERT INTO coupon_redemptions SELECT g, 'C' || (g % 200 + 1), g FROM generate_series(1, 500) g");
        }
        Path plan = dir.resolve("carve-plan.yaml");
        Files.writeString(
                plan,
                new MigrationPlanner()
                        .plan(
                                ProposalJson.read(Path.of("src/test/resources/sample/carve-proposal.json")),
                                "coupon",
                                PlanOptions.defaults()
                                        .withLegacyDb(db.sourceUrl())
                                        .withServiceDb(db.targetUrl())));

        SyncConfig config = SyncConfig.load(plan, "sync");

        try (SyncHandle sync = SyncService.start(config)) {
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> SyncService.verify(config, false).clean());
            try (Connection src = db.source()) {
                exec(src, "INSERT INTO coupon_redemptions VALUES (501, 'C7', 501)");
            }
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> SyncService.verify(config, false).clean());
            assertThat(sync.status().state()).isEqualTo(SyncStatus.State.RUNNING);
        }
        assertThat(SyncService.verify(config, false).tables())
                .extracting(VerifyReport.TableResult::sourceRows)
                .containsExactlyInAnyOrder(200L, 501L);
        SyncService.stop(config, true);
    }
}
