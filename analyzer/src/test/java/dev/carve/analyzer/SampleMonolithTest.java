package dev.carve.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.TableAccess;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance on the sample monolith: everything {@code sample-monolith/expected-boundaries.json} lists (classes,
 * tables, endpoints) is in the graph, and every planted tangle shows up as the edges it implies, by name.
 */
class SampleMonolithTest {
    private static JsonNode expected;
    private static CodeGraph graph;

    @BeforeAll
    static void analyzeTheSample() throws IOException {
        Path sample = Fixtures.root().getParent().resolve("sample-monolith");
        expected = new ObjectMapper()
                .readTree(sample.resolve("expected-boundaries.json").toFile());
        graph = new Analysis(AnalysisOptions.defaults())
                .analyze(sample, Progress.NONE)
                .graph();
    }

    private static Stream<JsonNode> each(JsonNode array) {
        List<JsonNode> out = new ArrayList<>();
        array.forEach(out::add);
        return out.stream();
    }

    private static Stream<JsonNode> tangleEdges() {
        return each(expected.path("tangles")).flatMap(t -> each(t.path("edges")));
    }

    private static Stream<JsonNode> tableAccesses() {
        return each(expected.path("tangles")).flatMap(t -> each(t.path("tableAccess")));
    }

    private static String memberName(String signature) {
        int paren = signature.indexOf('(');
        String head = paren < 0 ? signature : signature.substring(0, paren);
        return head.substring(head.lastIndexOf(' ') + 1);
    }

    @Test
    void everyExpectedClassIsAnApplicationType() {
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
    void everyExpectedTableIsInTheGraphWithItsEntity() {
        List<String> tables = each(expected.path("domains"))
                .flatMap(d -> each(d.path("tables")))
                .map(JsonNode::asText)
                .toList();
        assertThat(tables).hasSizeGreaterThanOrEqualTo(20);
        assertThat(tables).allSatisfy(t -> assertThat(graph.table(t)).as(t).isPresent());
    }

    @Test
    void everyExpectedEndpointIsAnHttpEntryPointOnItsHandler() {
        assertThat(expected.path("endpoints").size()).isGreaterThanOrEqualTo(30);
        each(expected.path("endpoints")).forEach(e -> {
            String id = e.path("method").asText() + " " + e.path("path").asText();
            String[] handler = e.path("handler").asText().split("#");
            assertThat(graph.entryPoint(id)).as(id).hasValueSatisfying(ep -> {
                assertThat(ep.kind()).isEqualTo(EntryPointKind.HTTP);
                assertThat(ep.type()).isEqualTo(handler[0]);
                assertThat(memberName(ep.method())).isEqualTo(handler[1]);
            });
        });
    }

    @Test
    void everyPlantedTangleEdgeIsInTheGraph() {
        assertThat(tangleEdges()).isNotEmpty().allSatisfy(e -> {
            String from = e.path("from").asText();
            String to = e.path("to").asText();
            String via = e.path("via").asText("");
            DependencyKind kind = switch (e.path("kind").asText()) {
                case "calls" -> null; // a call, a construction or a field access: any CALL-category edge
                case "jpa-relation" -> DependencyKind.JPA_RELATION;
                case "publishes" -> DependencyKind.PUBLISHES_EVENT;
                case "listens" -> DependencyKind.LISTENS_TO_EVENT;
                case "event" -> DependencyKind.EVENT_FLOW;
                default -> null; // "uses": any dependency
            };
            List<Dependency> found = graph.dependencies().stream()
                    .filter(d -> d.from().equals(from) && d.to().equals(to))
                    .filter(d -> kind != null
                            ? d.kind() == kind
                            : !e.path("kind").asText().equals("calls")
                                    || d.kind().category() == DependencyKind.Category.CALL)
                    .filter(d -> via.isEmpty() || memberName(d.fromMember()).equals(via))
                    .toList();
            assertThat(found).as(e.toString()).isNotEmpty();
        });
    }

    @Test
    void everyPlantedTableAccessIsDirectOrThroughTheNamedRepository() {
        assertThat(tableAccesses()).isNotEmpty().allSatisfy(a -> {
            String type = a.path("type").asText();
            String table = a.path("table").asText();
            AccessKind access = AccessKind.valueOf(a.path("access").asText().toUpperCase(Locale.ROOT));
            String via = a.path("via").asText("");
            String method = a.path("method").asText("");
            if (via.isEmpty()) {
                assertThat(graph.tableAccesses())
                        .as(a.toString())
                        .anyMatch(t -> t.type().equals(type)
                                && t.table().equals(table)
                                && t.access() == access
                                && (method.isEmpty() || memberName(t.member()).equals(method)));
            } else {
                assertThat(graph.dependencies(DependencyKind.INVOKES))
                        .as(a + ": the caller calls the repository")
                        .anyMatch(d -> d.from().equals(type) && d.to().equals(via));
                assertThat(graph.tableAccesses())
                        .as(a + ": the repository touches the table")
                        .anyMatch(t -> t.type().equals(via) && t.table().equals(table) && t.access() == access);
            }
        });
    }

    @Test
    void scheduledJobsAreEntryPointsAndDeadClassesHaveNoCallers() {
        each(expected.path("tangles")).flatMap(t -> each(t.path("jobs"))).forEach(job -> {
            String id = "scheduled:" + job.path("class").asText() + "#"
                    + job.path("method").asText();
            assertThat(graph.entryPoint(id)).as(id).map(EntryPoint::kind).hasValue(EntryPointKind.SCHEDULED);
        });
        each(expected.path("tangles"))
                .filter(t -> t.path("kind").asText().equals("dead"))
                .flatMap(t -> each(t.path("classes")))
                .map(JsonNode::asText)
                .forEach(dead -> {
                    assertThat(graph.hasType(dead)).as(dead).isTrue();
                    List<String> deadClasses = each(expected.path("tangles"))
                            .filter(t -> t.path("kind").asText().equals("dead"))
                            .flatMap(t -> each(t.path("classes")))
                            .map(JsonNode::asText)
                            .toList();
                    assertThat(graph.dependencies())
                            .as("callers of " + dead)
                            .noneMatch(d -> d.to().equals(dead)
                                    && !deadClasses.contains(d.from())
                                    && d.kind().category() == DependencyKind.Category.CALL);
                });
    }

    @Test
    void tableAccessesNameTheirMembers() {
        assertThat(graph.tableAccesses())
                .filteredOn(t -> t.via() == dev.carve.analyzer.model.AccessVia.NATIVE_SQL
                        || t.via() == dev.carve.analyzer.model.AccessVia.JDBC_TEMPLATE)
                .isNotEmpty()
                .allSatisfy((TableAccess t) -> assertThat(t.member()).isNotEmpty());
    }
}
