package dev.carve.proxy.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;

class ProxyHeadersTest {
    @Test
    void dropsHopByHopHeadersButNeverHostOrLength() {
        HttpHeaders h = new DefaultHttpHeaders()
                .add("Connection", "close, X-A, Host, Content-Length")
                .add("X-A", "1")
                .add("Host", "h")
                .add("Content-Length", "3")
                .add("Upgrade", "h2c")
                .add("X-B", "2");
        ProxyHeaders.removeHopByHop(h);
        assertThat(h.names()).containsExactlyInAnyOrder("Host", "Content-Length", "X-B");
    }

    @Test
    void relaysWebSocketUpgradesButServesH2cUpgradeRequestsAsPlainHttp11() {
        HttpHeaders ws = new DefaultHttpHeaders().add("Connection", "Upgrade").add("Upgrade", "websocket");
        assertThat(ProxyHeaders.relayedUpgrade(ws)).isEqualTo("websocket");
        HttpHeaders h2c = new DefaultHttpHeaders()
                .add("Connection", "Upgrade, HTTP2-Settings")
                .add("Upgrade", "h2c")
                .add("HTTP2-Settings", "AAMAAABkAAQCAAAAAAIAAAAA");
        assertThat(ProxyHeaders.relayedUpgrade(h2c)).isNull();
        ProxyHeaders.removeHopByHop(h2c);
        assertThat(h2c.names()).isEmpty();
        assertThat(ProxyHeaders.relayedUpgrade(new DefaultHttpHeaders().add("Upgrade", "websocket")))
                .isNull();
    }

    @Test
    void validatesTraceparentsAsTheW3cSpecSays() {
        assertThat(ProxyHeaders.validTraceparent("00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isTrue();
        assertThat(ProxyHeaders.validTraceparent("00-00000000000000000000000000000000-00f067aa0ba902b7-01"))
                .isFalse();
        assertThat(ProxyHeaders.validTraceparent("00-4BF92F3577B34DA6A3CE929D0E0E4736-00f067aa0ba902b7-01"))
                .isFalse();
        assertThat(ProxyHeaders.validTraceparent("ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"))
                .isFalse();
        HttpHeaders h = new DefaultHttpHeaders().add("traceparent", "garbage").add("tracestate", "a=1");
        String trace = ProxyHeaders.traceparent(h);
        assertThat(h.get("traceparent")).startsWith("00-" + trace + "-");
        assertThat(h.contains("tracestate")).isFalse();
    }

    @Test
    void quotesIpv6AndPortsInForwarded() {
        assertThat(ProxyHeaders.forwardedElement("::1", "https", "shop:8443"))
                .isEqualTo("for=\"[::1]\";proto=https;host=\"shop:8443\"");
        assertThat(ProxyHeaders.forwardedElement("10.0.0.1", "http", "shop.example"))
                .isEqualTo("for=10.0.0.1;proto=http;host=shop.example");
    }
}
