package dev.carve.proxy.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.proxy.config.RouteConfig;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.HttpHeaders;
import org.junit.jupiter.api.Test;

class CanarySplitTest {
    static final RouteConfig.Canary BY_COOKIE = new RouteConfig.Canary(10, RouteConfig.StickyBy.COOKIE, "JSESSIONID");

    @Test
    void sendsAboutThePercentageAndKeepsEachClientOnItsSide() {
        int toTarget = 0;
        for (int i = 0; i < 10_000; i++) {
            HttpHeaders h = new DefaultHttpHeaders().set("Cookie", "theme=dark; JSESSIONID=s" + i + "; x=1");
            boolean first = CanarySplit.toTarget(BY_COOKIE, 25, h, "10.0.0.1");
            assertThat(CanarySplit.toTarget(BY_COOKIE, 25, h, "10.0.0.2")).isEqualTo(first);
            toTarget += first ? 1 : 0;
        }
        assertThat(toTarget).isBetween(2300, 2700);
    }

    @Test
    void raisingThePercentageNeverMovesAClientBackToLegacy() {
        for (int i = 0; i < 2000; i++) {
            HttpHeaders h = new DefaultHttpHeaders().set("Cookie", "JSESSIONID=u" + i);
            if (CanarySplit.toTarget(BY_COOKIE, 10, h, "x")) {
                assertThat(CanarySplit.toTarget(BY_COOKIE, 50, h, "x")).isTrue();
            }
        }
    }

    @Test
    void fallsBackToTheClientAddressWithoutTheCookie() {
        assertThat(CanarySplit.key(BY_COOKIE, new DefaultHttpHeaders(), "10.1.2.3"))
                .isEqualTo("10.1.2.3");
        assertThat(CanarySplit.cookie(
                        new DefaultHttpHeaders().add("Cookie", "a=1").add("Cookie", "JSESSIONID=\"q\""), "JSESSIONID"))
                .isEqualTo("q");
        assertThat(CanarySplit.cookie(new DefaultHttpHeaders().add("Cookie", "XJSESSIONID=1"), "JSESSIONID"))
                .isNull();
    }
}
