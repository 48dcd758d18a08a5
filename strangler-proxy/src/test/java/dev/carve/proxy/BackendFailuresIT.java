package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.TestBackend;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Dead, slow and crashing backends give prompt 502/504 or a closed connection, never a hang. */
class BackendFailuresIT {
    @TempDir
    Path dir;

    @Test
    void aDeadBackendGives502AtOnce() throws Exception {
        int deadPort;
        try (ServerSocket s = new ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        try (TestBackend next = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(next, next)
                                .set("backends[0].url", "http://127.0.0.1:" + deadPort)
                                .build(),
                        dir)) {
            HttpResponse<String> r = Harness.get(Harness.client(), proxy, "/anything");
            assertThat(r.statusCode()).isEqualTo(502);
        }
    }

    @Test
    void aBackendThatDoesNotAnswerGives504AfterTheReadTimeout() {
        try (TestBackend legacy = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, legacy)
                                .set("backends[1].name", "other")
                                .set("timeouts.backendRead", "300ms")
                                .build(),
                        dir)) {
            long start = System.nanoTime();
            HttpResponse<String> r = Harness.get(Harness.client(), proxy, "/hang");
            assertThat(r.statusCode()).isEqualTo(504);
            assertThat(System.nanoTime() - start)
                    .as("well before any client would give up")
                    .isLessThan(5_000_000_000L);
            // the proxy and the backend connection pool are still fine afterwards
            assertThat(Harness.get(Harness.client(), proxy, "/after").statusCode())
                    .isEqualTo(200);
        }
    }

    @Test
    void aBackendDyingMidResponseClosesTheClientConnectionInsteadOfFakingACompleteResponse() {
        try (TestBackend legacy = TestBackend.start();
                CarveProxy proxy = CarveProxy.start(
                        Harness.config(legacy, legacy)
                                .set("backends[1].name", "other")
                                .build(),
                        dir)) {
            HttpClient client = Harness.client();
            assertThatThrownBy(() -> {
                        HttpResponse<InputStream> r = client.send(
                                HttpRequest.newBuilder(Harness.uri(proxy, "/break"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofInputStream());
                        try (InputStream in = r.body()) {
                            in.readAllBytes();
                        }
                    })
                    .isInstanceOf(IOException.class);
            assertThat(Harness.get(client, proxy, "/after").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void aBackendKilledMidDownloadEndsTheClientsDownloadWithAnError() throws Exception {
        TestBackend legacy = TestBackend.start();
        try (CarveProxy proxy = CarveProxy.start(
                Harness.config(legacy, legacy).set("backends[1].name", "other").build(), dir)) {
            HttpResponse<InputStream> r = Harness.client()
                    .send(
                            HttpRequest.newBuilder(Harness.uri(proxy, "/bytes/" + (500L * 1024 * 1024)))
                                    .build(),
                            HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = r.body()) {
                in.readNBytes(2 * 1024 * 1024);
                legacy.kill();
                assertThatThrownBy(() -> in.transferTo(java.io.OutputStream.nullOutputStream()))
                        .isInstanceOf(IOException.class);
            }
            HttpResponse<String> after = Harness.get(Harness.client(), proxy, "/after-kill");
            assertThat(after.statusCode()).isEqualTo(502);
        } finally {
            legacy.close();
        }
    }
}
