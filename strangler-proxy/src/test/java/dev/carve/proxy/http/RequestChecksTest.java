package dev.carve.proxy.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.proxy.config.ProxyConfigs;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import org.junit.jupiter.api.Test;

/** The checks themselves, on request heads that Netty's decoder would (by default) already have refused. */
class RequestChecksTest {
    private final Settings settings = Settings.of(
            ProxyConfigs.builder().backend("legacy", "http://127.0.0.1:1").build());

    private static HttpRequest post(HttpVersion version, String... headers) {
        HttpRequest r = new DefaultHttpRequest(version, HttpMethod.POST, "/a");
        r.headers().set("Host", "a");
        for (int i = 0; i < headers.length; i += 2) {
            r.headers().add(headers[i], headers[i + 1]);
        }
        return r;
    }

    private String reason(HttpRequest r) {
        RequestChecks.Refusal refusal = RequestChecks.check(r, settings);
        return refusal == null ? "forwarded" : refusal.status().code() + " " + refusal.reason();
    }

    @Test
    void refusesTransferEncodingInHttp10EvenWhenTheDecoderLetsItThrough() {
        assertThat(reason(post(HttpVersion.HTTP_1_0, "Transfer-Encoding", "chunked")))
                .isEqualTo("400 smuggling");
        assertThat(reason(post(HttpVersion.HTTP_1_1, "Transfer-Encoding", "chunked")))
                .isEqualTo("forwarded");
    }

    @Test
    void refusesCodingsThatDoNotEndInChunkedAndDoesNotImplementOthers() {
        assertThat(reason(post(HttpVersion.HTTP_1_1, "Transfer-Encoding", "chunked, identity")))
                .isEqualTo("400 smuggling");
        assertThat(reason(post(HttpVersion.HTTP_1_1, "Transfer-Encoding", "chunked", "Transfer-Encoding", "identity")))
                .isEqualTo("400 smuggling");
        assertThat(reason(post(HttpVersion.HTTP_1_1, "Transfer-Encoding", "gzip, chunked")))
                .isEqualTo("501 501");
        assertThat(reason(post(HttpVersion.HTTP_1_1, "Transfer-Encoding", "chunked", "Content-Length", "4")))
                .isEqualTo("400 smuggling");
    }
}
