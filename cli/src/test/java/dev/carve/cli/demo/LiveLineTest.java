package dev.carve.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.proxy.RouteStatus;
import dev.carve.proxy.Stage;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class LiveLineTest {
    @Test
    void sumsEveryRoutesRequestsAndCountsServerErrorsAndFailuresAsErrors() {
        String metrics = """
                # TYPE carve_proxy_requests_total counter
                carve_proxy_requests_total{route="coupon",stage="canary",backend="target",code="2xx"} 40
                carve_proxy_requests_total{route="coupon",stage="canary",backend="legacy",code="5xx"} 2
                carve_proxy_requests_total{route="_default",stage="legacy",backend="legacy",code="2xx"} 1000
                carve_proxy_requests_total{route="_default",stage="legacy",backend="legacy",code="error"} 1
                carve_proxy_requests_total{route="_default",stage="legacy",backend="legacy",code="4xx"} 3
                carve_proxy_fallbacks_total{route="coupon"} 5
                """;

        LiveLine.Totals t = LiveLine.Totals.of(metrics);

        assertThat(t.requests()).isEqualTo(1046);
        assertThat(t.errors()).isEqualTo(3);
    }

    @Test
    void showsStageSplitRateErrorsDiffsAndLag() {
        RouteStatus r = new RouteStatus(
                "coupon", Stage.CANARY, 50, 50, false, "", 0, "legacy", "coupon", 100, 0, null, 200, 3, List.of());

        String line = LiveLine.render(r, new LiveLine.Totals(5000, 0), 151.4, OptionalLong.of(120), 75);

        assertThat(line)
                .isEqualTo("[1:15] coupon canary 50% | 151 rps | 5000 requests, 0 errors | diffs 3/200 (1.5%)"
                        + " | lag 120 ms");
    }
}
