package dev.carve.analyzer.store;

import static dev.carve.analyzer.store.GraphAssertions.assertSameGraph;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.SourceLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store: one memory: store shared by the class, file: stores where persistence matters. */
class EmbeddedGraphStoreTest {
    private static GraphStore store;

    @BeforeAll
    static void openStore() {
        store = GraphStores.open("memory:");
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    @Test
    void roundTripsEveryKindOfFact() {
        CodeGraph shop = GraphFixtures.shop();
        store.replace(shop);
        assertSameGraph(store.load(), shop);
    }

    @Test
    void roundTripsSeededRandomGraphs() {
        for (long seed = 1; seed <= 5; seed++) {
            CodeGraph graph = GraphFixtures.random(seed, 150, 4);
            store.replace(graph);
            assertSameGraph(store.load(), graph);
        }
    }

    @Test
    void replaceForgetsWhatWasStoredBefore() {
        store.replace(GraphFixtures.random(7, 50, 2));
        store.replace(GraphFixtures.shop());
        assertSameGraph(store.load(), GraphFixtures.shop());
    }

    @Test
    void mergeCombinesAsTheModelDoes() {
        CodeGraph first = GraphFixtures.shop();
        CodeGraph second = CodeGraph.builder()
                .dependency(new Dependency(
                        GraphFixtures.ORDER_CONTROLLER,
                        GraphFixtures.ORDER_SERVICE,
                        DependencyKind.RUNTIME_CALL,
                        10,
                        SourceLocation.UNKNOWN,
                        "",
                        ""))
                .property("runtime", "yes")
                .build();
        store.replace(first);
        store.merge(second);
        CodeGraph expected = first.toBuilder().merge(second).build();
        assertSameGraph(store.load(), expected);
        Dependency runtime = store.load()
                .dependencies(DependencyKind.RUNTIME_CALL)
                .findFirst()
                .orElseThrow();
        assertThat(runtime.weight()).isEqualTo(1244.5);
    }

    @Test
    void answersJqassistantStyleQueries() {
        store.replace(GraphFixtures.shop());
        QueryResult dependsOn = store.query(
                "MATCH (t:Java:Type)-[d:DEPENDS_ON]->(dep:Java:Type) WHERE t.fqn = $fqn "
                        + "RETURN dep.fqn AS dependency, d.weight AS weight ORDER BY dependency",
                Map.of("fqn", GraphFixtures.ORDER_SERVICE));
        assertThat(dependsOn.columns()).containsExactly("dependency", "weight");
        assertThat(dependsOn.rows())
                .containsExactly(
                        List.of("com.acme.Status", 1.0),
                        List.of(GraphFixtures.MAILER, 1.0),
                        List.of(GraphFixtures.ORDER, 1.0),
                        List.of(GraphFixtures.PLACED, 1.0));
        assertThat(single("MATCH (:Method {name:'post'})-[i:INVOKES]->(m:Method) RETURN m.name + ':' + i.weight"))
                .isEqualTo("place:3.0");
        assertThat(single("MATCH (t:Type)-[:ANNOTATED_BY]->(:Annotation)-[:OF_TYPE]->"
                        + "(:Type {fqn:'jakarta.persistence.Entity'}) RETURN t.name"))
                .isEqualTo("Order");
        assertThat(single("MATCH (p:Java:Package)-[:CONTAINS]->(t:Class:Type {name:'OrderService'}) RETURN p.fqn"))
                .isEqualTo("com.acme.order");
        assertThat(single("MATCH (r:Interface)-[:EXTENDS]->(s:Type) RETURN s.fqn"))
                .isEqualTo("org.springframework.data.jpa.repository.JpaRepository");
        assertThat(single("MATCH (t:Type)-[w:WRITES]->(:Carve:Table {name:'mail_log'}) RETURN w.via"))
                .isEqualTo("RUNTIME");
        assertThat(single("MATCH (e:EntryPoint {httpMethod:'POST'})-[:HANDLED_BY]->(m:Method) RETURN e.path"))
                .isEqualTo("/api/orders");
        assertThat(single("MATCH (:Table {name:'orders'})-[k:FOREIGN_KEY]->(t:Table) RETURN t.name"))
                .isEqualTo("customer");
        assertThat(single("MATCH (a)-[:EVENT_FLOW]->(b) RETURN a.name + '->' + b.name"))
                .isEqualTo("OrderService->Mailer");
    }

    @Test
    void queryReturnsNodesAsPlainMaps() {
        store.replace(GraphFixtures.shop());
        Object node = single("MATCH (t:Type {fqn:'com.acme.order.Order'}) RETURN t");
        assertThat(node).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> map = (Map<String, Object>) node;
        assertThat(map.get("_labels")).isEqualTo(List.of("Carve", "Class", "Java", "Type"));
        assertThat(map.get("fqn")).isEqualTo("com.acme.order.Order");
        assertThat(map.get("linesOfCode")).isEqualTo(120L);
    }

    @Test
    void aWrongQueryIsBadInput() {
        assertThatThrownBy(() -> store.query("MATCH (n RETURN n", Map.of()))
                .isInstanceOfSatisfying(
                        CarveException.class, e -> assertThat(e.kind()).isEqualTo(CarveException.Kind.BAD_INPUT))
                .hasMessageContaining("Cypher");
    }

    @Test
    void fileStoreKeepsTheGraphAcrossReopening(@TempDir Path dir) {
        String uri = "file:" + dir.resolve("a/../graph");
        CodeGraph shop = GraphFixtures.shop();
        try (GraphStore fileStore = GraphStores.open(uri)) {
            assertThat(fileStore.location()).isEqualTo("file:" + dir.resolve("graph"));
            fileStore.replace(shop);
        }
        try (GraphStore reopened = GraphStores.open(dir.resolve("graph").toString())) {
            assertSameGraph(reopened.load(), shop);
        }
        assertThat(dir.resolve("graph").resolve(EmbeddedNeo4j.OWNER_FILE)).doesNotExist();
    }

    @Test
    void aStoreInUseIsBadInputAndStaysUntouched(@TempDir Path dir) throws Exception {
        Path graph = dir.resolve("graph");
        try (GraphStore owner = GraphStores.open("file:" + graph)) {
            owner.replace(GraphFixtures.shop());
            assertThatThrownBy(() -> GraphStores.open("file:" + graph))
                    .isInstanceOfSatisfying(
                            CarveException.class, e -> assertThat(e.kind()).isEqualTo(CarveException.Kind.BAD_INPUT))
                    .hasMessageContaining(graph.toString())
                    .hasMessageContaining("in use by another process")
                    .hasMessageContaining("process " + ProcessHandle.current().pid());
            assertSameGraph(owner.load(), GraphFixtures.shop());
        }
        assertThat(Files.isDirectory(graph)).isTrue();
    }

    @Test
    void aFileWhereTheStoreShouldBeIsBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        assertThatThrownBy(() -> GraphStores.open("file:" + file))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("is a file, not a directory");
    }

    private static Object single(String cypher) {
        QueryResult result = store.query(cypher, Map.of());
        assertThat(result.rows()).as(cypher).hasSize(1);
        return result.rows().get(0).get(0);
    }
}
