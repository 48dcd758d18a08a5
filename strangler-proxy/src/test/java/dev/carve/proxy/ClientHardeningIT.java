package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.RawHttp;
import dev.carve.proxy.testing.TestBackend;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Request smuggling attempts, oversized requests and slowloris clients. */
class ClientHardeningIT {
    static TestBackend legacy;
    static CarveProxy proxy;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        legacy = TestBackend.start();
        proxy = CarveProxy.start(
                Harness.config(legacy, legacy)
                        .set("backends[1].name", "other")
                        .set("timeouts.clientHeader", "400ms")
                        .set("timeouts.clientBody", "400ms")
                        .set("limits.maxHeaderSize", "4KiB")
                        .set("limits.maxRequestLine", "1KiB")
                        .set("limits.maxRequestBody", "10KiB")
                        .build(),
                dir);
    }

    @AfterAll
    static void stop() {
        proxy.close();
        legacy.close();
    }

    private static String exchange(String request) throws IOException {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            return raw.send(request).readUntilClosed();
        }
    }

    @Test
    void refusesContentLengthTogetherWithTransferEncoding() throws Exception {
        String r = exchange("POST /cl-te HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
                + "0\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: a\r\n\r\n");
        assertThat(r).startsWith("HTTP/1.1 400").containsIgnoringCase("connection: close");
        assertNotForwarded("/cl-te", "/smuggled");
    }

    @Test
    void refusesDuplicateContentLengthInHttp11AndHttp10() throws Exception {
        assertThat(exchange("POST /cl-cl HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\nabcd"))
                .startsWith("HTTP/1.1 400");
        assertThat(exchange("POST /cl-same HTTP/1.1\r\nHost: a\r\nContent-Length: 4\r\nContent-Length: 4\r\n\r\nabcd"))
                .startsWith("HTTP/1.1 400");
        assertThat(exchange("POST /cl-cl-10 HTTP/1.0\r\nContent-Length: 4\r\nContent-Length: 40\r\n\r\nabcd"))
                .startsWith("HTTP/1.1 400");
        assertNotForwarded("/cl-cl", "/cl-same", "/cl-cl-10");
    }

    @Test
    void refusesTransferCodingsOtherThanChunked() throws Exception {
        assertThat(exchange("POST /te-x HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: xchunked\r\n\r\n0\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
        assertThat(
                        exchange(
                                "POST /te-identity HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: identity\r\n\r\n"))
                .matches("(?s)HTTP/1.1 (400|501).*");
        assertThat(exchange("POST /te-list HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked, identity\r\n\r\n"))
                .matches("(?s)HTTP/1.1 (400|501).*");
        assertThat(exchange("POST /te-10 HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"))
                .startsWith("HTTP/1.1 400");
        assertNotForwarded("/te-x", "/te-identity", "/te-list", "/te-10");
    }

    /**
     * A refused request is answered before anything is sent to a backend, so once its answer is here, its head can
     * no longer arrive there. The check is by path, not by a request count taken before and after: the head of an
     * earlier test's upload, refused halfway with 413, is forwarded before the refusal and may arrive late (CI saw
     * it counted in this test). The request in between shows the backend is reachable, so "not received" means
     * "refused".
     */
    private static void assertNotForwarded(String... paths) {
        assertThat(Harness.get(Harness.client(), proxy, "/after-refusals").statusCode())
                .isEqualTo(200);
        for (String path : paths) {
            assertThat(legacy.received(path)).as("%s reached the backend", path).isFalse();
        }
    }

    @Test
    void refusesBareLineFeedsAndMissingHost() throws Exception {
        assertThat(exchange("GET /a HTTP/1.1\nHost: a\n\n")).startsWith("HTTP/1.1 400");
        assertThat(exchange("GET /a HTTP/1.1\r\n\r\n")).startsWith("HTTP/1.1 400");
    }

    @Test
    void answers431ToHugeHeadersAnd414ToHugeRequestLines() throws Exception {
        assertThat(exchange("GET /a HTTP/1.1\r\nHost: a\r\nX-Big: " + "x".repeat(8000) + "\r\n\r\n"))
                .startsWith("HTTP/1.1 431");
        assertThat(exchange("GET /" + "a".repeat(2000) + " HTTP/1.1\r\nHost: a\r\n\r\n"))
                .startsWith("HTTP/1.1 414");
    }

    @Test
    void answers413ToBodiesOverTheLimitDeclaredOrStreamed() throws Exception {
        assertThat(exchange("POST /a HTTP/1.1\r\nHost: a\r\nContent-Length: 20000\r\n\r\n"))
                .startsWith("HTTP/1.1 413");
        StringBuilder chunked =
                new StringBuilder("POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n");
        for (int i = 0; i < 12; i++) {
            chunked.append("400\r\n").append("y".repeat(1024)).append("\r\n");
        }
        assertThat(exchange(chunked.append("0\r\n\r\n").toString())).startsWith("HTTP/1.1 413");
    }

    @Test
    void closesASlowlorisConnectionThatNeverFinishesItsHeaders() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            raw.send("GET /slow HTTP/1.1\r\nHost: a\r\n");
            // trickle a header byte at a time: the proxy must close anyway once the header timeout passes
            await().atMost(Duration.ofSeconds(5))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> {
                        try {
                            raw.send("X");
                            return false;
                        } catch (IOException e) {
                            return true;
                        }
                    });
        }
    }

    @Test
    void closesConnectionsThatSendNothingAndStillServesOthers() throws Exception {
        List<RawHttp> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 30; i++) {
                idle.add(new RawHttp(proxy.port()));
            }
            assertThat(Harness.get(Harness.client(), proxy, "/meanwhile").statusCode())
                    .isEqualTo(200);
            for (RawHttp r : idle) {
                r.timeout(5000);
                assertThat(r.closedByPeer()).isTrue();
            }
        } finally {
            for (RawHttp r : idle) {
                r.close();
            }
        }
    }

    @Test
    void answers408WhenABodyStallsHalfway() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            String r = raw.send("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 100\r\n\r\nhalf")
                    .readUntilClosed();
            assertThat(r).startsWith("HTTP/1.1 408");
        }
    }
}
