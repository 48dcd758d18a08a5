package dev.carve.extractor.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.proxy.CarveProxy;
import dev.carve.proxy.RouteStatus;
import dev.carve.proxy.Stage;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A plan for the sample's coupon module drives a real proxy started from the plan's own proxy section. */
class PlanApplyIT {
    @TempDir
    Path dir;

    @Test
    void aStageStepMovesEveryRouteOfTheStepThroughTheAdminApi() throws Exception {
        PlanOptions options = PlanOptions.defaults()
                .withLegacyUrl("http://127.0.0.1:" + freePort())
                .withServiceUrl("http://127.0.0.1:" + freePort())
                .withProxyPort(freePort())
                .withAdminPort(freePort());
        Path plan = dir.resolve("carve-plan.yaml");
        Files.writeString(
                plan,
                new MigrationPlanner()
                        .plan(
                                ProposalJson.read(Path.of("src/test/resources/sample/carve-proposal.json")),
                                "coupon",
                                options));

        try (CarveProxy proxy = CarveProxy.start(plan, "proxy")) {
            List<RouteStatus> shadow = new PlanApplier().apply(plan, 2);

            assertThat(shadow)
                    .isNotEmpty()
                    .allSatisfy(r -> assertThat(r.stage()).isEqualTo(Stage.SHADOW));
            assertThat(proxy.admin().status().routes())
                    .filteredOn(r -> r.name().startsWith("coupon-"))
                    .allSatisfy(r -> assertThat(r.stage()).isEqualTo(Stage.SHADOW));
            assertThatThrownBy(() -> new PlanApplier().apply(plan, 1))
                    .hasMessageContaining("step 1 is a 'sync-start' step");
            assertThatThrownBy(() -> new PlanApplier().apply(plan, 42)).hasMessageContaining("no step 42");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
