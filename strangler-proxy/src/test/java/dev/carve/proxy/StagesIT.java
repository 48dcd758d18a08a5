package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.stage.StageChange;
import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.LoadLoop;
import dev.carve.proxy.testing.TestBackend;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Moving routes between stages: under load with no failed request, by gates, by schedule, across restarts. */
class StagesIT {
    @TempDir
    Path dir;

    private static void afterMoreRequests(LoadLoop load, int n) {
        long target = load.total() + n;
        await().atMost(Duration.ofSeconds(20)).until(() -> load.total() >= target);
    }

    @Test
    void flipsStagesUnderContinuousLoadWithZeroFailedRequests() throws Exception {
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, next)
                                .route("orders", "/api/orders/**", "next")
                                .build(),
                        dir)) {
            AdminClient admin = proxy.admin();
            LoadLoop load = new LoadLoop(proxy, "/api/orders/2", 4);
            try {
                for (int round = 0; round < 2; round++) {
                    admin.promote("orders"); // shadow
                    afterMoreRequests(load, 150);
                    admin.promote("orders", Stage.CANARY, 50.0);
                    afterMoreRequests(load, 150);
                    admin.promote("orders"); // new
                    afterMoreRequests(load, 150);
                    admin.demote("orders"); // back to canary 50%
                    afterMoreRequests(load, 150);
                    admin.demote("orders", Stage.LEGACY, "round done");
                    afterMoreRequests(load, 150);
                }
            } finally {
                load.close();
            }
            assertThat(load.failures).isEmpty();
            assertThat(load.failed.get()).isZero();
            assertThat(load.ok.get()).isGreaterThan(1400);
            assertThat(next.requests.get()).as("the target served its share").isGreaterThan(200);
            assertThat(legacy.requests.get()).isGreaterThan(200);
        }
    }

    @Test
    void rollsARouteBackWhenTheTargetStartsAnswering500() {
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, next)
                                .route("orders", "/api/orders/**", "next", Stage.NEW)
                                .set("routes[0].gates.minRequests", 10)
                                .set("routes[0].gates.maxErrorRate", 0.2)
                                .build(),
                        dir)) {
            for (int i = 0; i < 20; i++) {
                assertThat(Harness.get(Harness.client(), proxy, "/api/orders/" + i)
                                .statusCode())
                        .isEqualTo(200);
            }
            next.responder = r -> TestBackend.Reply.json(500, "{\"error\":\"boom\"}");
            var client = Harness.client();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Harness.get(client, proxy, "/api/orders/x");
                return proxy.admin().route("orders").stage() != Stage.NEW;
            });
            RouteStatus r = proxy.admin().route("orders");
            assertThat(r.stage()).isEqualTo(Stage.CANARY);
            assertThat(r.paused()).isTrue();
            StageChange last = r.history().get(r.history().size() - 1);
            assertThat(last.cause()).isEqualTo(StageChange.GATE);
            assertThat(last.reason()).startsWith("error rate").contains("> 20.0%");
            assertThat(r.pauseReason()).isEqualTo(last.reason());
        }
    }

    @Test
    void fallsBackToLegacyWhenTheTargetDiesSoIdempotentRequestsNeverFail() throws Exception {
        TestBackend next = TestBackend.start();
        try (TestBackend legacy = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, next)
                                .route("orders", "/api/orders/**", "next", Stage.NEW)
                                .set("routes[0].gates.minRequests", 5)
                                .build(),
                        dir)) {
            LoadLoop load = new LoadLoop(proxy, "/api/orders/3", 4);
            try {
                afterMoreRequests(load, 200);
                next.kill();
                await().atMost(Duration.ofSeconds(20))
                        .until(() -> proxy.admin().route("orders").stage() != Stage.NEW);
                afterMoreRequests(load, 200);
            } finally {
                load.close();
            }
            assertThat(load.failures).isEmpty();
            assertThat(proxy.admin().metrics()).contains("carve_proxy_fallbacks_total{route=\"orders\"}");
        } finally {
            next.close();
        }
    }

    @Test
    void promotesStepByStepOnTheScheduleWhileTheGatesHold() throws Exception {
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, next)
                                .route("orders", "/api/orders/**", "next", Stage.SHADOW)
                                .set("routes[0].progressive.enabled", true)
                                .set("routes[0].progressive.steps", java.util.List.of(20, 60, 100))
                                .set("routes[0].progressive.bake", "300ms")
                                .set("routes[0].gates.minRequests", 5)
                                .set("routes[0].canary.stickyBy", "header")
                                .set("routes[0].canary.stickyName", "X-Request-Id")
                                .build(),
                        dir)) {
            legacy.responder = r -> TestBackend.Reply.json(200, "{\"ok\":true}");
            next.responder = legacy.responder;
            try (LoadLoop load = new LoadLoop(proxy, "/api/orders/4", 3)) {
                await().atMost(Duration.ofSeconds(30))
                        .until(() -> proxy.admin().route("orders").stage() == Stage.NEW);
                assertThat(load.failed.get()).isZero();
            }
            RouteStatus r = proxy.admin().route("orders");
            assertThat(r.history()).extracting(StageChange::cause).containsOnly(StageChange.SCHEDULE);
            assertThat(r.history()).extracting(StageChange::toPercent).startsWith(20.0, 60.0);
        }
    }

    @Test
    void keepsStagesAcrossARestart() {
        ProxyConfig config;
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start()) {
            config = Harness.config(legacy, next)
                    .route("orders", "/api/orders/**", "next")
                    .route("catalog", "/api/catalog/**", "next")
                    .baseDir(dir)
                    .build();
            try (CarveProxy proxy = CarveProxy.start(config, dir)) {
                proxy.admin().promote("orders", Stage.CANARY, 25.0);
                proxy.admin().promote("catalog");
            }
            try (CarveProxy again = CarveProxy.start(config, dir)) {
                RouteStatus orders = again.admin().route("orders");
                assertThat(orders.stage()).isEqualTo(Stage.CANARY);
                assertThat(orders.percent()).isEqualTo(25.0);
                assertThat(again.admin().route("catalog").stage()).isEqualTo(Stage.SHADOW);
                assertThat(Harness.get(Harness.client(), again, "/api/catalog/1")
                                .statusCode())
                        .isEqualTo(200);
            }
        }
        assertThat(dir.resolve(".carve/proxy-state.json")).exists();
    }
}
