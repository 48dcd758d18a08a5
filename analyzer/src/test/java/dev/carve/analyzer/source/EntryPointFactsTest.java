package dev.carve.analyzer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import org.junit.jupiter.api.Test;

class EntryPointFactsTest {
    private static final CodeGraph G = Fixtures.graph("entrypoints");

    @Test
    void springHandlersCombineClassPrefixAndMethodPathsIncludingConstants() {
        assertThat(G.entryPoints())
                .filteredOn(e -> e.kind() == EntryPointKind.HTTP)
                .extracting(EntryPoint::id)
                .contains("GET /api/orders/{id}", "POST /api/orders", "GET /api/orders/search", "GET /api/orders/find");
        EntryPoint get = G.entryPoint("GET /api/orders/{id}").orElseThrow();
        assertThat(get.type()).isEqualTo(Fixtures.type("entrypoints", "OrderController"));
        assertThat(get.method()).isEqualTo("java.lang.String get(long)");
        assertThat(get.httpMethod()).isEqualTo("GET");
        assertThat(get.path()).isEqualTo("/api/orders/{id}");
    }

    @Test
    void jaxRsResourcesGetHttpMethodAndPath() {
        assertThat(G.entryPoint("GET /catalog/{sku}")).isPresent();
        assertThat(G.entryPoint("POST /catalog")).isPresent();
    }

    @Test
    void servletsJobsListenersAndMainMethodsAreEntryPoints() {
        assertThat(G.entryPoints()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EntryPointKind.SERVLET);
            assertThat(e.path()).isEqualTo("/legacy/*");
        });
        assertThat(G.entryPoints())
                .extracting(EntryPoint::kind)
                .contains(EntryPointKind.SCHEDULED, EntryPointKind.MESSAGE_LISTENER, EntryPointKind.MAIN);
        assertThat(G.entryPoints()).anySatisfy(e -> assertThat(e.path()).isEqualTo("invoices"));
    }
}
