package dev.carve.analyzer.store;

import static dev.carve.analyzer.store.GraphAssertions.assertSameGraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.CodeGraph;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A bolt:// store against an embedded Neo4j with its Bolt connector on (a real socket, auth on). */
class BoltGraphStoreIT {
    private static BoltServer server;

    @BeforeAll
    static void startServer() {
        server = BoltServer.start("memory:", "127.0.0.1", 0, "");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static GraphStore remote() {
        return GraphStores.open(server.boltUri(), new StoreCredentials(server.user(), server.password()));
    }

    @Test
    void writesAndReadsTheGraphOverBolt() {
        CodeGraph shop = GraphFixtures.shop();
        try (GraphStore store = remote()) {
            assertThat(store.location()).isEqualTo(server.boltUri());
            store.replace(shop);
            assertSameGraph(store.load(), shop);
        }
        assertSameGraph(server.store().load(), shop);
    }

    @Test
    void roundTripsARandomGraphAndMergesOverBolt() {
        CodeGraph graph = GraphFixtures.random(11, 300, 3);
        try (GraphStore store = remote()) {
            store.replace(graph);
            assertSameGraph(store.load(), graph);
            store.merge(GraphFixtures.shop());
            assertSameGraph(
                    store.load(), graph.toBuilder().merge(GraphFixtures.shop()).build());
        }
    }

    @Test
    void answersJqassistantStyleQueriesOverBolt() {
        try (GraphStore store = remote()) {
            store.replace(GraphFixtures.shop());
            QueryResult result = store.query(
                    "MATCH (t:Java:Type {fqn:$fqn})-[d:DEPENDS_ON]->(dep:Java:Type) "
                            + "RETURN dep.name AS name ORDER BY name",
                    Map.of("fqn", GraphFixtures.ORDER_CONTROLLER));
            assertThat(result.rows()).containsExactly(List.of("OrderService"));
        }
    }

    @Test
    void aWrongPasswordIsBadInput() {
        assertThatThrownBy(() -> GraphStores.open(server.boltUri(), new StoreCredentials("neo4j", "wrong-password")))
                .isInstanceOfSatisfying(
                        CarveException.class, e -> assertThat(e.kind()).isEqualTo(CarveException.Kind.BAD_INPUT))
                .hasMessageContaining("refused user 'neo4j'")
                .hasMessageContaining("--store-password");
    }
}
