package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.ProxyConfigs;
import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.TestBackend;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The admin API (token, health, metrics, errors), hot reload, graceful drain and TLS termination. */
class AdminIT {
    @TempDir
    Path dir;

    @Test
    void requiresTheTokenExceptForHealth() {
        try (TestBackend legacy = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, legacy)
                                .set("backends[1].name", "other")
                                .route("orders", "/api/orders/**", "other")
                                .build(),
                        dir)) {
            var client = Harness.client();
            assertThat(Harness.send(
                                    client,
                                    HttpRequest.newBuilder(URI.create(proxy.adminUrl() + "/status"))
                                            .build())
                            .statusCode())
                    .isEqualTo(401);
            assertThat(Harness.send(
                                    client,
                                    HttpRequest.newBuilder(URI.create(proxy.adminUrl() + "/health/ready"))
                                            .build())
                            .body())
                    .contains("ready");
            assertThatThrownBy(() -> new AdminClient(proxy.adminUrl(), "wrong").status())
                    .isInstanceOf(ProxyException.class)
                    .hasMessageContaining("bearer token");
            assertThatThrownBy(() -> proxy.admin().promote("ordrs"))
                    .isInstanceOf(ProxyException.class)
                    .hasMessageContaining("no route named 'ordrs'")
                    .hasMessageContaining("orders");
            assertThatThrownBy(() -> proxy.admin().demote("orders")).hasMessageContaining("already in stage legacy");
            ProxyStatus status = proxy.admin().status();
            assertThat(status.routes()).extracting(RouteStatus::name).containsExactly("orders");
            assertThat(status.port()).isEqualTo(proxy.port());
        }
    }

    @Test
    void exposesPrometheusMetricsPerRouteStageAndBackend() {
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, next)
                                .route("orders", "/api/orders/**", "next", Stage.NEW)
                                .build(),
                        dir)) {
            Harness.get(Harness.client(), proxy, "/api/orders/1");
            Harness.get(Harness.client(), proxy, "/elsewhere");
            String metrics = proxy.admin().metrics();
            assertThat(metrics)
                    .contains("# TYPE carve_proxy_requests_total counter")
                    .contains(
                            "carve_proxy_requests_total{route=\"orders\",stage=\"new\",backend=\"target\",code=\"2xx\"} 1")
                    .contains(
                            "carve_proxy_requests_total{route=\"_default\",stage=\"legacy\",backend=\"legacy\",code=\"2xx\"} 1")
                    .contains(
                            "carve_proxy_request_duration_seconds_bucket{route=\"orders\",stage=\"new\",backend=\"target\",le=\"+Inf\"} 1")
                    .contains("carve_proxy_route_stage{route=\"orders\",stage=\"new\"} 1")
                    .contains("carve_proxy_backend_connections{backend=\"next\",state=\"idle\"}");
        }
    }

    @Test
    void reloadsAChangedConfigAndRejectsABrokenOneWhileTheOldKeepsServing() throws Exception {
        try (TestBackend legacy = TestBackend.start();
                TestBackend next = TestBackend.start()) {
            Path file = dir.resolve("carve-proxy.yaml");
            ProxyConfig first = Harness.config(legacy, next)
                    .set("reloadInterval", "100ms")
                    .route("orders", "/api/orders/**", "next", Stage.NEW)
                    .build();
            ProxyConfigs.write(first, file);
            try (CarveProxy proxy = CarveProxy.start(file)) {
                var client = Harness.client();
                Harness.get(client, proxy, "/api/v2/orders/1");
                assertThat(next.requests.get()).isZero();

                Files.writeString(file, Files.readString(file).replace("/api/orders/**", "/api/v2/orders/**"));
                await().atMost(Duration.ofSeconds(10)).until(() -> {
                    Harness.get(client, proxy, "/api/v2/orders/1");
                    return next.requests.get() > 0;
                });

                String broken = Files.readString(file).replace("target: next", "target: nxt");
                Files.writeString(file, broken);
                await().atMost(Duration.ofSeconds(10))
                        .until(() -> proxy.admin().status().lastReload().startsWith("rejected"));
                String why = proxy.admin().status().lastReload();
                int line = lineOf(broken, "target: nxt");
                assertThat(why)
                        .contains(file + ":" + line)
                        .contains("routes[0].target")
                        .contains("nxt");
                int before = next.requests.get();
                assertThat(Harness.get(client, proxy, "/api/v2/orders/2").statusCode())
                        .isEqualTo(200);
                assertThat(next.requests.get())
                        .as("the old config still routes")
                        .isEqualTo(before + 1);
                assertThatThrownBy(() -> proxy.admin().reload()).hasMessageContaining("routes[0].target");
            }
        }
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void drainsInFlightRequestsOnShutdown() throws Exception {
        try (TestBackend legacy = TestBackend.start()) {
            CarveProxy proxy = CarveProxy.start(
                    Harness.config(legacy, legacy)
                            .set("backends[1].name", "other")
                            .build(),
                    dir);
            var client = Harness.client();
            var pending = client.sendAsync(
                    HttpRequest.newBuilder(Harness.uri(proxy, "/slow/700")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            await().atMost(Duration.ofSeconds(5)).until(() -> legacy.requests.get() == 1);
            proxy.close();
            assertThat(pending.get().statusCode()).isEqualTo(200);
            assertThatThrownBy(() -> new java.net.Socket("127.0.0.1", proxy.port()).close())
                    .isInstanceOf(java.io.IOException.class);
        }
    }

    @Test
    void terminatesTlsFromPemFiles() throws Exception {
        Path tls = Path.of(AdminIT.class.getResource("/tls/cert.pem").toURI()).getParent();
        try (TestBackend legacy = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, legacy)
                                .set("backends[1].name", "other")
                                .set("tls.enabled", true)
                                .set("tls.certificate", tls.resolve("cert.pem").toString())
                                .set("tls.privateKey", tls.resolve("key.pem").toString())
                                .build(),
                        dir)) {
            var cf = java.security.cert.CertificateFactory.getInstance("X.509");
            var ks = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
            ks.load(null, null);
            try (var in = Files.newInputStream(tls.resolve("cert.pem"))) {
                ks.setCertificateEntry("carve-test", cf.generateCertificate(in));
            }
            var tmf = javax.net.ssl.TrustManagerFactory.getInstance(
                    javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(ks);
            var ssl = javax.net.ssl.SSLContext.getInstance("TLS");
            ssl.init(null, tmf.getTrustManagers(), null);
            var client = java.net.http.HttpClient.newBuilder()
                    .version(java.net.http.HttpClient.Version.HTTP_1_1)
                    .sslContext(ssl)
                    .build();
            var r = Harness.send(
                    client,
                    HttpRequest.newBuilder(URI.create("https://localhost:" + proxy.port() + "/secure"))
                            .build());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(legacy.last().header("x-forwarded-proto")).isEqualTo("https");
        }
    }
}
