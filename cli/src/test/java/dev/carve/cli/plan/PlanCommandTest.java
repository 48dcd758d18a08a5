package dev.carve.cli.plan;

import static dev.carve.cli.testing.CliRun.carve;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.cli.testing.CliRun;
import dev.carve.extractor.cdc.SyncConfig;
import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.ProxyConfigs;
import dev.carve.proxy.config.RouteConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code carve plan} on the sample's proposal: its proxy section loads in the proxy's own config loader. */
class PlanCommandTest {
    private static final Path PROPOSAL = Path.of(System.getProperty("carve.root", ".."))
            .resolve("extractor/src/test/resources/sample/carve-proposal.json");

    @TempDir
    Path dir;

    @Test
    void theProxySectionOfThePlanLoadsInTheProxyWithoutEdits() throws Exception {
        Path plan = dir.resolve("carve-plan.yaml");
        CliRun run = carve("plan", "--module", "coupon", "--proposal", PROPOSAL.toString(), "--out", plan.toString());
        assertThat(run.exit()).as(run.err()).isZero();

        ProxyConfig config = ProxyConfigs.load(plan, "proxy");

        assertThat(config.backends()).extracting(b -> b.name()).containsExactly("legacy", "coupon");
        assertThat(config.routes())
                .extracting(RouteConfig::path)
                .contains("/api/coupons/{code}/validate", "/api/coupons");
        assertThat(config.routes()).allSatisfy(r -> assertThat(r.target()).isEqualTo("coupon"));
        String text = Files.readString(plan);
        assertThat(text).contains("sync:", "table: coupons", "steps:", "rollback:");
    }

    @Test
    void theSyncSectionOfThePlanLoadsInTheSyncWithoutEdits() {
        Path plan = dir.resolve("carve-plan.yaml");
        CliRun run = carve(
                "plan",
                "--module",
                "coupon",
                "--proposal",
                PROPOSAL.toString(),
                "--out",
                plan.toString(),
                "--legacy-db",
                "jdbc:postgresql://legacy-db:5432/shop",
                "--service-db",
                "jdbc:postgresql://coupon-db:5432/coupon");
        assertThat(run.exit()).as(run.err()).isZero();

        SyncConfig sync = SyncConfig.load(plan, "sync");

        assertThat(sync.name()).isEqualTo("coupon");
        assertThat(sync.tables())
                .extracting(SyncConfig.Table::qualifiedName)
                .containsExactlyInAnyOrder("public.coupons", "public.coupon_redemptions");
        assertThat(sync.source().url()).isEqualTo("jdbc:postgresql://legacy-db:5432/shop");
        assertThat(sync.target().url()).isEqualTo("jdbc:postgresql://coupon-db:5432/coupon");
        assertThat(sync.source().password()).isEqualTo("${CARVE_LEGACY_DB_PASSWORD}");
    }

    @Test
    void anUnknownModuleIsBadInput() {
        CliRun run = carve(
                "plan",
                "--module",
                "billing",
                "--proposal",
                PROPOSAL.toString(),
                "--out",
                dir.resolve("p.yaml").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no module 'billing'");
    }

    @Test
    void applyingASyncStepSaysWhatToRunInstead() {
        Path plan = dir.resolve("carve-plan.yaml");
        assertThat(carve("plan", "--module", "coupon", "--proposal", PROPOSAL.toString(), "--out", plan.toString())
                        .exit())
                .isZero();
        CliRun apply = carve("plan", "apply", "--step", "1", "--plan", plan.toString());
        assertThat(apply.exit()).isEqualTo(2);
        assertThat(apply.err()).contains("sync-start").contains("carve sync");
    }
}
