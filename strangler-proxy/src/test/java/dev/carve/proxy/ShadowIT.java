package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.carve.proxy.shadow.DiffStats;
import dev.carve.proxy.shadow.Difference;
import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.TestBackend;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shadow mode: clients get legacy answers, the target's answers are compared, noise is learned, writes opt in. */
class ShadowIT {
    @TempDir
    Path dir;

    static final AtomicLong CLOCK = new AtomicLong();

    /** An order answer whose generatedAt differs on every call, like a real timestamp. */
    static TestBackend.Reply order(TestBackend.Recorded r, String name) {
        return TestBackend.Reply.json(
                200,
                "{\"id\":7,\"name\":\"" + name + "\",\"lines\":[{\"sku\":\"A\",\"qty\":2}]," + "\"generatedAt\":"
                        + CLOCK.incrementAndGet() + "}");
    }

    @Test
    void comparesAnswersFieldByFieldAndLearnsNoiseFromLegacyItself() {
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, next)
                                .route("orders", "/api/orders/**", "next", Stage.SHADOW)
                                .set("routes[0].gates.maxDiffRate", 1)
                                .build(),
                        dir)) {
            legacy.responder = r -> order(r, "widget");
            next.responder = r -> order(r, "widget");
            var client = Harness.client();
            for (int i = 0; i < 30; i++) {
                var r = Harness.get(client, proxy, "/api/orders/7");
                assertThat(r.statusCode()).isEqualTo(200);
                assertThat(r.body()).contains("widget");
            }
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> proxy.admin().diffs("orders").compared() >= 30);
            DiffStats.Snapshot d = proxy.admin().diffs("orders");
            assertThat(d.differed())
                    .as("generatedAt differs between two legacy answers: noise")
                    .isZero();
            assertThat(d.noise()).contains("$.generatedAt");
            assertThat(next.recorded)
                    .allSatisfy(r -> assertThat(r.header("x-carve-shadow")).isEqualTo("1"));

            next.responder = r -> order(r, "gadget");
            for (int i = 0; i < 10; i++) {
                Harness.get(client, proxy, "/api/orders/7");
            }
            await().atMost(Duration.ofSeconds(10))
                    .until(() -> proxy.admin().diffs("orders").differed() >= 10);
            d = proxy.admin().diffs("orders");
            assertThat(d.topPaths()).containsKey("$.name");
            assertThat(d.samples()).isNotEmpty();
            assertThat(d.samples().get(d.samples().size() - 1).differences())
                    .containsExactly(new Difference("$.name", "\"widget\"", "\"gadget\""));
        }
    }

    @Test
    void mirrorsWritesOnlyWhenTheRouteSaysSoAndMarksThem() {
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, next)
                                .route("reads", "/api/reads/**", "next", Stage.SHADOW)
                                .route("writes", "/api/writes/**", "next", Stage.SHADOW)
                                .set("routes[1].shadow.mirrorWrites", true)
                                .build(),
                        dir)) {
            var client = Harness.client();
            Harness.send(
                    client,
                    HttpRequest.newBuilder(Harness.uri(proxy, "/api/reads/1"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                            .build());
            Harness.send(
                    client,
                    HttpRequest.newBuilder(Harness.uri(proxy, "/api/writes/1"))
                            .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"))
                            .build());
            await().atMost(Duration.ofSeconds(10)).until(() -> next.requests.get() >= 1);
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2)).until(() -> next.requests.get() == 1);
            TestBackend.Recorded mirrored = next.last();
            assertThat(mirrored.method()).isEqualTo("POST");
            assertThat(mirrored.uri()).isEqualTo("/api/writes/1");
            assertThat(mirrored.bodyLength()).isEqualTo(7);
            assertThat(mirrored.header("x-carve-shadow")).isEqualTo("1");
            assertThat(legacy.requests.get()).isEqualTo(2);
        }
    }

    @Test
    void demotesAShadowRouteWhoseTargetKeepsDiffering() {
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, next)
                                .route("orders", "/api/orders/**", "next", Stage.SHADOW)
                                .set("routes[0].gates.minRequests", 5)
                                .set("routes[0].gates.maxDiffRate", 0.5)
                                .set("routes[0].shadow.learnNoise", false)
                                .build(),
                        dir)) {
            legacy.responder = r -> TestBackend.Reply.json(200, "{\"total\":10}");
            next.responder = r -> TestBackend.Reply.json(200, "{\"total\":11}");
            var client = Harness.client();
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                Harness.get(client, proxy, "/api/orders/sum");
                return proxy.admin().route("orders").stage() == Stage.LEGACY;
            });
            RouteStatus r = proxy.admin().route("orders");
            assertThat(r.history().get(r.history().size() - 1).reason()).startsWith("shadow diff rate");
        }
    }
}
