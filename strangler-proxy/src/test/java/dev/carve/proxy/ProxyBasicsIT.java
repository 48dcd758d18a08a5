package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.RawHttp;
import dev.carve.proxy.testing.TestBackend;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxyBasicsIT {
    static TestBackend legacy;
    static TestBackend next;
    static CarveProxy proxy;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        legacy = TestBackend.start();
        next = TestBackend.start();
        proxy = CarveProxy.start(
                Harness.config(legacy, next)
                        .route("orders", "/api/orders/**", "next", Stage.NEW)
                        .route("beta-carts", "/api/carts/**", "next", Stage.NEW)
                        .set("routes[1].methods", List.of("POST"))
                        .set("routes[1].headers", Map.of("X-Beta", "*"))
                        .set("accessLog.path", "access.jsonl")
                        .baseDir(dir)
                        .build(),
                dir);
    }

    @AfterAll
    static void stop() {
        proxy.close();
        legacy.close();
        next.close();
    }

    @Test
    void servesManyRequestsOverFewPooledBackendConnections() {
        HttpClient client = Harness.client();
        int before = legacy.connections.get();
        for (int i = 0; i < 50; i++) {
            HttpResponse<String> r = Harness.get(client, proxy, "/catalog/" + i);
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.body()).contains("\"uri\":\"/catalog/" + i + "\"");
        }
        assertThat(legacy.connections.get() - before).isLessThanOrEqualTo(2);
    }

    @Test
    void relaysRequestBodies() {
        HttpResponse<String> r = Harness.send(
                Harness.client(),
                HttpRequest.newBuilder(Harness.uri(proxy, "/upload"))
                        .POST(HttpRequest.BodyPublishers.ofString("x".repeat(100_000)))
                        .build());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"method\":\"POST\"", "\"bodyLength\":100000");
    }

    @Test
    void routesMatchingRequestsToTheTargetInStageNew() {
        HttpResponse<String> r = Harness.get(Harness.client(), proxy, "/api/orders/7?x=1");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(next.last().uri()).isEqualTo("/api/orders/7?x=1");
    }

    @Test
    void routesOnMethodAndHeaderTooAndEverythingElseToLegacy() {
        HttpClient client = Harness.client();
        HttpRequest.Builder cart = HttpRequest.newBuilder(Harness.uri(proxy, "/api/carts/1/beta-post"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"));
        assertThat(Harness.send(client, cart.header("X-Beta", "on").build()).statusCode())
                .isEqualTo(200);
        assertThat(Harness.send(
                                client,
                                HttpRequest.newBuilder(Harness.uri(proxy, "/api/carts/1/plain-post"))
                                        .POST(HttpRequest.BodyPublishers.ofString("{}"))
                                        .build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(Harness.send(
                                client,
                                HttpRequest.newBuilder(Harness.uri(proxy, "/api/carts/1/beta-get"))
                                        .header("X-Beta", "on")
                                        .build())
                        .statusCode())
                .isEqualTo(200);
        assertThat(next.received("/api/carts/1/beta-post")).isTrue();
        assertThat(legacy.received("/api/carts/1/plain-post"))
                .as("no X-Beta header")
                .isTrue();
        assertThat(legacy.received("/api/carts/1/beta-get")).as("not a POST").isTrue();
        assertThat(next.received("/api/carts/1/plain-post") || next.received("/api/carts/1/beta-get"))
                .isFalse();
    }

    @Test
    void writesOneJsonAccessLogLinePerRequest() throws Exception {
        Harness.get(Harness.client(), proxy, "/api/orders/logged?q=1");
        Harness.get(Harness.client(), proxy, "/logged-default");
        Path log = dir.resolve("access.jsonl");
        await().atMost(Duration.ofSeconds(5))
                .until(() -> Files.exists(log) && Files.readString(log).contains("/logged-default"));
        String lines = Files.readString(log);
        assertThat(lines)
                .containsPattern("\\{\"time\":\"[^\"]+\",\"client\":\"127.0.0.1\",\"method\":\"GET\","
                        + "\"uri\":\"/api/orders/logged\\?q=1\",\"status\":200,.*\"route\":\"orders\","
                        + "\"stage\":\"new\",\"side\":\"target\",\"backend\":\"next\",\"trace\":\"[0-9a-f]{32}\"}")
                .containsPattern("\"uri\":\"/logged-default\",\"status\":200,.*\"route\":\"_default\","
                        + "\"stage\":\"legacy\",\"side\":\"legacy\",\"backend\":\"legacy\"");
    }

    @Test
    void dropsHopByHopHeadersAndThoseTheConnectionHeaderNames() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            String response = raw.send("GET /hop HTTP/1.1\r\nHost: shop.example\r\nConnection: keep-alive, X-Secret\r\n"
                            + "X-Secret: s3cret\r\nKeep-Alive: timeout=5\r\nProxy-Authorization: Basic eDp5\r\n"
                            + "TE: trailers\r\nX-Kept: yes\r\n\r\n")
                    .readResponse();
            assertThat(response).startsWith("HTTP/1.1 200");
        }
        TestBackend.Recorded seen = legacy.last();
        assertThat(seen.uri()).isEqualTo("/hop");
        assertThat(seen.headers()).doesNotContainKeys("x-secret", "keep-alive", "proxy-authorization", "te");
        assertThat(seen.header("x-kept")).isEqualTo("yes");
        assertThat(seen.header("host")).isEqualTo("shop.example");
    }

    @Test
    void addsForwardingHeadersAndReplacesUntrustedOnes() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            raw.send("GET /fwd HTTP/1.1\r\nHost: shop.example:8443\r\nX-Forwarded-For: 6.6.6.6\r\n"
                            + "Forwarded: for=6.6.6.6\r\n\r\n")
                    .readResponse();
        }
        TestBackend.Recorded seen = legacy.last();
        assertThat(seen.header("x-forwarded-for")).isEqualTo("127.0.0.1");
        assertThat(seen.header("x-forwarded-proto")).isEqualTo("http");
        assertThat(seen.header("x-forwarded-host")).isEqualTo("shop.example:8443");
        assertThat(seen.header("forwarded")).isEqualTo("for=127.0.0.1;proto=http;host=\"shop.example:8443\"");
    }

    @Test
    void startsATraceWhenThereIsNoneAndPropagatesAValidOne() {
        HttpClient client = Harness.client();
        Harness.get(client, proxy, "/trace/new");
        assertThat(legacy.last().header("traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");

        String tp = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        Harness.send(
                client,
                HttpRequest.newBuilder(Harness.uri(proxy, "/trace/kept"))
                        .header("traceparent", tp)
                        .header("tracestate", "vendor=1")
                        .build());
        assertThat(legacy.last().header("traceparent")).isEqualTo(tp);
        assertThat(legacy.last().header("tracestate")).isEqualTo("vendor=1");
    }
}
