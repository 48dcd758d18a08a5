package dev.carve.cli.analyze;

import static dev.carve.cli.testing.CliRun.carve;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import dev.carve.cli.testing.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Acceptance 3 of the analyzer issue, on a real store: the sample monolith's build runs {@code jqassistant:scan}
 * (jQAssistant 2.8.0's Maven plugin, bound to its pre-integration-test phase) into
 * {@code sample-monolith/target/jqassistant/store}; {@code carve analyze --jqassistant-store} reads it, and
 * {@code carve query} answers jQAssistant's own Cypher on it.
 */
class JqassistantScanIT {
    private static final Path SAMPLE = Path.of(System.getProperty("carve.root", ".."))
            .toAbsolutePath()
            .normalize()
            .resolve("sample-monolith");

    @TempDir
    static Path dir;

    static Path scanned;
    static CliRun analyze;
    static CodeGraph graph;
    static JsonNode expected;

    @BeforeAll
    static void analyzeTheScannedStore() throws IOException {
        Path store = SAMPLE.resolve("target/jqassistant/store");
        assertThat(store.resolve("data/databases/neo4j"))
                .as("the sample's jqassistant:scan store; build the sample first: ./mvnw -pl sample-monolith verify")
                .isDirectory();
        // opening a Neo4j store may touch its files: work on a copy, the build's store stays as jQAssistant wrote it
        scanned = copy(store, dir.resolve("jqa-store"));
        Path graphStore = dir.resolve("graph");
        analyze = carve(
                "analyze", "--jqassistant-store", scanned.toString(), "--store", graphStore.toString(), "--json", "-q");
        try (GraphStore g = GraphStores.open(graphStore.toString())) {
            graph = g.load();
        }
        expected = new ObjectMapper()
                .readTree(SAMPLE.resolve("expected-boundaries.json").toFile());
    }

    @Test
    void theScannedStoreIsAcceptedAsInput() {
        assertThat(analyze.exit()).as(analyze.err()).isZero();
        assertThat(analyze.out()).contains("\"types\"");
    }

    @Test
    void everyExpectedClassIsAnApplicationTypeFromBytecode() {
        List<String> classes = each(expected.path("domains"))
                .flatMap(d -> each(d.path("classes")))
                .map(JsonNode::asText)
                .toList();
        assertThat(classes).hasSizeGreaterThanOrEqualTo(120);
        assertThat(classes)
                .allSatisfy(c -> assertThat(graph.type(c))
                        .as(c)
                        .hasValueSatisfying(
                                t -> assertThat(t.isApplicationType()).isTrue()));
    }

    @Test
    void theSamplesTestClassesAreKeptAsTestsNotAsApplicationCode() {
        List<TypeNode> tests =
                graph.types().stream().filter(t -> t.has(TypeFlag.TEST)).toList();
        assertThat(tests)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.isApplicationType()).isFalse());
        assertThat(tests)
                .extracting(TypeNode::name)
                .anySatisfy(n -> assertThat(n).endsWith("Test"));
    }

    @Test
    void everyPlantedCallTangleIsABytecodeEdge() {
        List<JsonNode> calls = each(expected.path("tangles"))
                .flatMap(t -> each(t.path("edges")))
                .filter(e -> e.path("kind").asText().equals("calls"))
                .toList();
        assertThat(calls)
                .isNotEmpty()
                .allSatisfy(e -> assertThat(graph.dependencies().stream())
                        .as(e.toString())
                        .anyMatch(d -> d.from().equals(e.path("from").asText())
                                && d.to().equals(e.path("to").asText())
                                && d.kind().category() == DependencyKind.Category.CALL));
    }

    @Test
    void jqassistantsOwnCypherRunsOnTheScannedStore() {
        CliRun query = carve(
                "query",
                "--store",
                scanned.toString(),
                "--format",
                "csv",
                "MATCH (t:Java:Type)-[:DEPENDS_ON]->(d:Java:Type) WHERE t.fqn = 'com.acme.shop.service.OrderService'"
                        + " RETURN d.fqn AS dependency ORDER BY dependency");
        assertThat(query.exit()).as(query.err()).isZero();
        assertThat(query.out()).contains("com.acme.shop.dao.OrderRepository");
    }

    private static Stream<JsonNode> each(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private static Path copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
        return to;
    }
}
