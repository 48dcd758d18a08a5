package dev.carve.analyzer.source;

import static dev.carve.analyzer.Fixtures.edges;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPointKind;
import org.junit.jupiter.api.Test;

class EventFactsTest {
    private static final CodeGraph G = Fixtures.graph("events");

    private static String t(String simple) {
        return Fixtures.type("events", simple);
    }

    @Test
    void publishingAnApplicationEventIsAnAsynchronousEdgeToTheEventType() {
        assertThat(edges(G, DependencyKind.PUBLISHES_EVENT, t("OrderService"), t("OrderPlaced"))
                        .map(d -> d.toMember()))
                .containsExactlyInAnyOrder("publishEvent", "topic:orders.placed");
        assertThat(DependencyKind.PUBLISHES_EVENT.isAsynchronous()).isTrue();
    }

    @Test
    void listenersByAnnotationAndByInterfaceListenToTheEvent() {
        assertThat(edges(G, DependencyKind.LISTENS_TO_EVENT, t("InvoiceListener"), t("OrderPlaced")))
                .hasSize(1);
        assertThat(edges(G, DependencyKind.LISTENS_TO_EVENT, t("StockListener"), t("OrderPlaced")))
                .hasSize(1);
        assertThat(G.entryPoints())
                .filteredOn(e -> e.kind() == EntryPointKind.EVENT_LISTENER)
                .hasSize(2);
    }

    @Test
    void eventFlowLinksPublisherToEveryListenerAndTopicConsumer() {
        assertThat(edges(G, DependencyKind.EVENT_FLOW, t("OrderService"), t("InvoiceListener")))
                .hasSize(1);
        assertThat(edges(G, DependencyKind.EVENT_FLOW, t("OrderService"), t("StockListener")))
                .hasSize(1);
        assertThat(edges(G, DependencyKind.EVENT_FLOW, t("OrderService"), t("ShippingConsumer")))
                .hasSize(1);
        assertThat(G.entryPoints()).anySatisfy(e -> {
            assertThat(e.kind()).isEqualTo(EntryPointKind.MESSAGE_LISTENER);
            assertThat(e.path()).isEqualTo("orders.placed");
        });
    }

    @Test
    void theDirectCallStaysSynchronousAndEventsAreNotCalls() {
        assertThat(edges(G, DependencyKind.INVOKES, t("OrderService"), t("AuditLog")))
                .hasSize(1);
        assertThat(edges(G, DependencyKind.EVENT_FLOW, t("OrderService"), t("AuditLog")))
                .isEmpty();
        assertThat(G.dependencies(DependencyKind.INVOKES)).noneMatch(d -> d.to().equals(t("InvoiceListener")));
    }
}
