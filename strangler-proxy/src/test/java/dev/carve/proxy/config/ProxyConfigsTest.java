package dev.carve.proxy.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.proxy.ProxyException;
import dev.carve.proxy.Stage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyConfigsTest {
    static final Path BASE = Path.of("").toAbsolutePath();

    static final String MINIMAL = """
            backends:
              - name: legacy
                url: http://127.0.0.1:8080
              - name: orders
                url: http://127.0.0.1:9090/svc/
            routes:
              - name: orders
                path: /api/orders/**
                target: orders
            """;

    @Test
    void fillsEveryDeclaredDefault() {
        ProxyConfig c = ProxyConfigs.parse(MINIMAL, "carve-proxy.yaml", BASE);
        assertThat(c.listen().port()).isEqualTo(8080);
        assertThat(c.admin().host()).isEqualTo("127.0.0.1");
        assertThat(c.legacy()).isEqualTo("legacy");
        assertThat(c.timeouts().connect()).isEqualTo(TimeValue.ofSeconds(2));
        assertThat(c.limits().maxHeaderSize()).isEqualTo(SizeValue.ofBytes(16 * 1024));
        RouteConfig r = c.routes().get(0);
        assertThat(r.stage()).isEqualTo(Stage.LEGACY);
        assertThat(r.methods()).isEmpty();
        assertThat(r.headers()).isEmpty();
        assertThat(r.canary().stickyBy()).isEqualTo(RouteConfig.StickyBy.CLIENT);
        assertThat(r.shadow().markerHeader()).isEqualTo("X-Carve-Shadow");
        assertThat(r.progressive().steps()).containsExactly(1.0, 5.0, 25.0, 50.0, 100.0);
        assertThat(r.gates().maxP99().isOff()).isTrue();
    }

    @Test
    void namesFileLineAndKeyOfAnUnknownKey() {
        assertThatThrownBy(() -> ProxyConfigs.parse(MINIMAL + "    stagee: canary\n", "carve-proxy.yaml", BASE))
                .isInstanceOf(ProxyException.class)
                .hasMessageContaining("carve-proxy.yaml:10: routes[0].stagee: unknown key")
                .hasMessageContaining("stage")
                .satisfies(e -> assertThat(((ProxyException) e).exitCode()).isEqualTo(2));
    }

    @Test
    void reportsEveryInvalidValueTogetherWithItsLine() {
        String yaml = MINIMAL.replace("target: orders", "target: ordrs\n    canary:\n      percent: 150")
                .replace("http://127.0.0.1:8080", "ftp://x");
        assertThatThrownBy(() -> ProxyConfigs.parse(yaml, "p.yaml", BASE))
                .hasMessageContaining("p.yaml has 3 problems")
                .hasMessageContaining("p.yaml:3: backends[0].url: 'ftp://x' must start with http:// or https://")
                .hasMessageContaining("p.yaml:9: routes[0].target: names backend 'ordrs', which is not declared")
                .hasMessageContaining("p.yaml:11: routes[0].canary.percent: must be between 0 and 100");
    }

    @Test
    void explainsWrongTypesAndBadDurations() {
        assertThatThrownBy(() -> ProxyConfigs.parse(MINIMAL + "timeouts:\n  connect: soon\n", "p.yaml", BASE))
                .hasMessageContaining("p.yaml:11: timeouts.connect")
                .hasMessageContaining("write it like 250ms, 2s, 5m or 1h");
        assertThatThrownBy(() -> ProxyConfigs.parse(
                        MINIMAL.replace("path: /api/orders/**", "path: /api/orders/**\n    stage: sideways"),
                        "p.yaml",
                        BASE))
                .hasMessageContaining("routes[0].stage")
                .hasMessageContaining("legacy, shadow, canary or new");
        assertThatThrownBy(() -> ProxyConfigs.parse("routes: []\n", "p.yaml", BASE))
                .hasMessageContaining("backends: is required");
        assertThatThrownBy(() -> ProxyConfigs.parse("backends: [\n", "p.yaml", BASE))
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void refusesBadPatternsAndDuplicateNames() {
        String yaml = MINIMAL + """
                  - name: orders
                    path: api/**/x
                    target: orders
                """;
        assertThatThrownBy(() -> ProxyConfigs.parse(yaml, "p.yaml", BASE))
                .hasMessageContaining("routes[1].name: route name 'orders' is used twice")
                .hasMessageContaining("routes[1].path: a path pattern starts with '/'");
    }

    @Test
    void loadsASectionOfALargerFileWithLinesOfTheWholeFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path plan = dir.resolve("carve-plan.yaml");
        Files.writeString(
                plan, "module: orders\nproxy:\n" + MINIMAL.indent(2).replace("target: orders", "target: nope"));
        assertThatThrownBy(() -> ProxyConfigs.load(plan, "proxy"))
                .hasMessageContaining(plan + ":11: proxy.routes[0].target");
        Files.writeString(plan, "module: orders\nproxy:\n" + MINIMAL.indent(2));
        assertThat(ProxyConfigs.load(plan, "proxy").routes()).hasSize(1);
    }

    @Test
    void buildsInCodeAndWritesYamlThatReadsBackEqual(@org.junit.jupiter.api.io.TempDir Path dir) {
        ProxyConfig built = ProxyConfigs.builder()
                .listenPort(0)
                .backend("legacy", "http://127.0.0.1:8080")
                .backend("orders", "http://127.0.0.1:9090")
                .route("orders", "/api/orders/**", "orders", Stage.SHADOW)
                .set("routes[0].gates.maxErrorRate", 0.02)
                .set("routes[0].methods", List.of("GET", "POST"))
                .set("timeouts.backendRead", "1500ms")
                .build();
        assertThat(built.routes().get(0).gates().maxErrorRate()).isEqualTo(0.02);
        assertThat(built.timeouts().backendRead().millis()).isEqualTo(1500);
        Path file = dir.resolve("carve-proxy.yaml");
        ProxyConfigs.write(built, file);
        assertThat(ProxyConfigs.load(file)).isEqualTo(built);
    }

    @Test
    void parsesDurationsAndSizes() {
        assertThat(TimeValue.parse("250ms").millis()).isEqualTo(250);
        assertThat(TimeValue.parse("1.5s").millis()).isEqualTo(1500);
        assertThat(TimeValue.parse("5m").toString()).isEqualTo("5m");
        assertThat(TimeValue.parse("90").toString()).isEqualTo("90ms");
        assertThat(SizeValue.parse("16KiB").bytes()).isEqualTo(16384);
        assertThat(SizeValue.parse("10MB").bytes()).isEqualTo(10_000_000);
        assertThat(SizeValue.parse("100MiB").toString()).isEqualTo("100MiB");
        assertThatThrownBy(() -> SizeValue.parse("big")).hasMessageContaining("16KiB");
    }

    @Test
    void takesBackendUrlsApart() {
        BackendUrl u = BackendUrl.parse("https://svc.internal/base/");
        assertThat(u).isEqualTo(new BackendUrl(true, "svc.internal", 443, "/base"));
        assertThat(u.authority()).isEqualTo("svc.internal");
        assertThat(BackendUrl.parse("http://[::1]:81").authority()).isEqualTo("[::1]:81");
    }
}
