package dev.carve.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.proposal.Module;
import dev.carve.proxy.Stage;
import dev.carve.proxy.config.ProxyConfig;
import dev.carve.proxy.config.ProxyConfigs;
import dev.carve.proxy.config.RouteConfig;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DemoRoutesTest {
    private static Module module(String name, List<String> entryPoints) {
        return new Module(
                name, List.of("com.acme.A"), List.of(), entryPoints, List.of("coupons"), null, null, null, null);
    }

    private static final Module COUPON = module(
            "coupon",
            List.of(
                    "GET /api/coupons/{code}/validate",
                    "POST /api/coupons",
                    "scheduled:com.acme.shop.job.CouponExpiryJob#run",
                    "event:com.acme.A->com.acme.B"));

    @Test
    void splitsHttpEntryPointsIntoReadsAndWritesAndIgnoresJobsAndEvents() {
        DemoRoutes routes = DemoRoutes.of(COUPON);

        assertThat(routes.readEndpoints()).containsExactly("GET /api/coupons/{code}/validate");
        assertThat(routes.writeEndpoints()).containsExactly("POST /api/coupons");
    }

    @Test
    void writesAProxyConfigThatTheProxyAcceptsWithBothRoutesInLegacy() {
        String yaml = DemoRoutes.of(COUPON).proxyYaml("http://127.0.0.1:8080", "http://127.0.0.1:9090");

        ProxyConfig config = ProxyConfigs.parse(yaml, "carve-proxy.yaml", Path.of("."));

        assertThat(config.routes()).extracting(RouteConfig::name).containsExactly("coupon", "coupon-writes");
        assertThat(config.routes()).extracting(RouteConfig::stage).containsOnly(Stage.LEGACY);
        assertThat(config.routes().get(0).methods()).containsExactly("GET", "HEAD");
        assertThat(config.routes().get(1).methods()).containsExactly("POST");
    }

    @Test
    void refusesAModuleWithoutHttpReads() {
        Module jobs = module("jobs", List.of("scheduled:com.acme.Job#run", "POST /api/things"));

        assertThat(DemoRoutes.movable(jobs)).isFalse();
        assertThatThrownBy(() -> DemoRoutes.of(jobs))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("--module");
    }
}
