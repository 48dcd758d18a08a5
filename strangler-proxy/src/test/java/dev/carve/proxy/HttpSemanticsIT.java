package dev.carve.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.proxy.testing.Harness;
import dev.carve.proxy.testing.RawHttp;
import dev.carve.proxy.testing.TestBackend;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Message framing a proxy must get right: 100-continue, HEAD, 204, 304, pipelining, HTTP/1.0 clients. */
class HttpSemanticsIT {
    static TestBackend legacy;
    static TestBackend next;
    static CarveProxy proxy;

    @TempDir
    static Path dir;

    @BeforeAll
    static void start() {
        legacy = TestBackend.start();
        next = TestBackend.start();
        legacy.responder = r -> switch (r.uri()) {
            case "/empty" -> new TestBackend.Reply(204, Map.of(), "");
            case "/cached" -> new TestBackend.Reply(304, Map.of("etag", "\"v1\""), "");
            default -> TestBackend.echo(r);
        };
        proxy = CarveProxy.start(
                Harness.config(legacy, next)
                        .set("limits.maxRequestBody", "1KiB")
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
    void relaysOneHundredContinueFromTheBackendBeforeTheBodyIsSent() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            raw.send("POST /upload HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\nExpect: 100-continue\r\n\r\n");
            String interim = raw.readResponse();
            assertThat(interim).startsWith("HTTP/1.1 100 Continue");
            String response = raw.send("hello").readResponse();
            assertThat(response).startsWith("HTTP/1.1 200").contains("\"bodyLength\":5");
        }
    }

    @Test
    void refusesATooLargeBodyBeforeItIsSentWhenTheClientExpectsContinue() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            String response = raw.send("POST /too-large HTTP/1.1\r\nHost: a\r\nContent-Length: 5000\r\n"
                            + "Expect: 100-continue\r\n\r\n")
                    .readUntilClosed();
            assertThat(response).startsWith("HTTP/1.1 413").doesNotContain("100 Continue");
        }
        assertThat(legacy.received("/too-large")).isFalse();
    }

    @Test
    void headResponsesKeepTheirLengthButCarryNoBody() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            String head = raw.send("HEAD /thing HTTP/1.1\r\nHost: a\r\n\r\n").readHead();
            assertThat(head).startsWith("HTTP/1.1 200").containsIgnoringCase("content-length:");
            // the connection is still in step: the next response is whole
            String next =
                    raw.send("GET /after-head HTTP/1.1\r\nHost: a\r\n\r\n").readResponse();
            assertThat(next).startsWith("HTTP/1.1 200").contains("/after-head");
        }
    }

    @Test
    void noContentAndNotModifiedHaveNoBodyAndKeepTheConnection() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            assertThat(raw.send("GET /empty HTTP/1.1\r\nHost: a\r\n\r\n").readHead())
                    .startsWith("HTTP/1.1 204")
                    .doesNotContainIgnoringCase("transfer-encoding");
            assertThat(raw.send("GET /cached HTTP/1.1\r\nHost: a\r\n\r\n").readHead())
                    .startsWith("HTTP/1.1 304")
                    .doesNotContainIgnoringCase("transfer-encoding");
            assertThat(raw.send("GET /third HTTP/1.1\r\nHost: a\r\n\r\n").readResponse())
                    .contains("/third");
        }
    }

    @Test
    void answersPipelinedRequestsInOrder() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            raw.send("GET /one HTTP/1.1\r\nHost: a\r\n\r\nGET /two HTTP/1.1\r\nHost: a\r\n\r\n"
                    + "GET /three HTTP/1.1\r\nHost: a\r\n\r\n");
            assertThat(raw.readResponse()).contains("\"uri\":\"/one\"");
            assertThat(raw.readResponse()).contains("\"uri\":\"/two\"");
            assertThat(raw.readResponse()).contains("\"uri\":\"/three\"");
        }
    }

    @Test
    void keepsAnHttp10ClientAliveOnlyWhenItAsks() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            String r = raw.send("GET /old HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                    .readResponse();
            assertThat(r).containsIgnoringCase("connection: keep-alive");
            assertThat(raw.send("GET /old2 HTTP/1.0\r\n\r\n").readUntilClosed())
                    .containsIgnoringCase("connection: close")
                    .contains("/old2");
        }
    }

    @Test
    void streamsAChunkedResponseToAnHttp10ClientUntilClose() throws Exception {
        try (RawHttp raw = new RawHttp(proxy.port())) {
            String r = raw.send("GET /bytes/3000 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                    .readUntilClosed();
            assertThat(r).doesNotContainIgnoringCase("transfer-encoding: chunked");
            assertThat(r.length() - r.indexOf("\r\n\r\n") - 4).isEqualTo(3000);
        }
    }
}
