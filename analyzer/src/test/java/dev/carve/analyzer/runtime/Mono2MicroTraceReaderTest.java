package dev.carve.analyzer.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Mono2MicroTraceReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Mono2MicroTraceReader reader = new Mono2MicroTraceReader();

    @TempDir
    Path tmp;

    @BeforeAll
    static void tmpdirExists() throws IOException {
        SharedData.createTmpdir();
    }

    @Test
    void importingAcmeAirReproducesTheCallVolumesExactly() throws IOException {
        Path acmeair = SharedData.benchmarks("acmeair");
        Map<String, Long> expected = JSON.readValue(
                acmeair.resolve(Mono2MicroTraceReader.CALL_VOLUME).toFile(), new TypeReference<>() {});

        CodeGraph graph = reader.read(acmeair);

        assertThat(graph.problems()).isEmpty();
        assertThat(volumesAsInFile(graph)).isEqualTo(new TreeMap<>(expected));
        assertThat(graph.dependencies()).hasSize(61);
        assertThat(graph.types()).hasSize(29);
        assertThat(volumesAsInFile(graph))
                .containsEntry("CustomerREST--CustomerREST", 3L)
                .containsEntry("Root--ServiceLocator", 304L)
                .containsEntry("CustomerLoader--CustomerServiceImpl", 10001L);
    }

    @Test
    void importingAcmeAirGivesOneContextPerUseCaseWithTheClassesItTouched() throws IOException {
        Path acmeair = SharedData.benchmarks("acmeair");
        Map<String, List<String>> expected =
                JSON.readValue(acmeair.resolve(Mono2MicroTraceReader.CONTEXTS).toFile(), new TypeReference<>() {});

        CodeGraph graph = reader.read(acmeair);

        assertThat(graph.contexts()).hasSize(20);
        assertThat(contextsPerClass(graph)).isEqualTo(asSets(expected));
        assertThat(graph.contexts()).allSatisfy(c -> assertThat(c.classes()).contains(TraceRoot.NAME));
    }

    @Test
    void rootIsAnExternalPseudoClassThatClusteringLeavesOutButWhoseEdgesStay() {
        CodeGraph graph = reader.read(SharedData.benchmarks("acmeair"));

        TypeNode root = graph.type(TraceRoot.NAME).orElseThrow();
        assertThat(root.flags()).contains(TypeFlag.EXTERNAL, TypeFlag.RUNTIME_ONLY);
        assertThat(graph.applicationTypes()).noneMatch(t -> TraceRoot.is(t.name()));
        assertThat(graph.applicationTypes()).hasSize(28);
        assertThat(graph.dependencies(DependencyKind.RUNTIME_CALL).filter(d -> TraceRoot.is(d.from())))
                .hasSize(6);
    }

    @Test
    void nestedClassesWrittenWithDoubleColonsBecomeDollarNamesAndMapBack() throws IOException {
        Path jpetstore = SharedData.benchmarks("jpetstore");
        Map<String, Long> expected = JSON.readValue(
                jpetstore.resolve(Mono2MicroTraceReader.CALL_VOLUME).toFile(), new TypeReference<>() {});

        CodeGraph graph = reader.read(jpetstore);

        assertThat(graph.problems()).isEmpty();
        assertThat(graph.hasType("SqlMapProductDao$ProductSearch")).isTrue();
        assertThat(volumesAsInFile(graph)).isEqualTo(new TreeMap<>(expected));
        assertThat(graph.contexts()).hasSize(44);
    }

    @Test
    void readsEitherFileAlone() {
        Path acmeair = SharedData.benchmarks("acmeair");

        CodeGraph calls = reader.read(acmeair.resolve(Mono2MicroTraceReader.CALL_VOLUME));
        CodeGraph contexts = reader.read(acmeair.resolve(Mono2MicroTraceReader.CONTEXTS));

        assertThat(calls.dependencies()).hasSize(61);
        assertThat(calls.contexts()).isEmpty();
        assertThat(contexts.dependencies()).isEmpty();
        assertThat(contexts.contexts()).hasSize(20);
    }

    @Test
    void acceptsADirectoryWithEitherFileAndTheFilesByName() throws IOException {
        Path acmeair = SharedData.benchmarks("acmeair");
        Files.writeString(tmp.resolve("other.json"), "{}");

        assertThat(reader.accepts(acmeair)).isTrue();
        assertThat(reader.accepts(acmeair.resolve(Mono2MicroTraceReader.CONTEXTS)))
                .isTrue();
        assertThat(reader.accepts(tmp)).isFalse();
        assertThat(reader.accepts(tmp.resolve("other.json"))).isFalse();
    }

    @Test
    void badKeysAndValuesAreSkippedAndReportedWithTheirLines() throws IOException {
        Files.writeString(tmp.resolve(Mono2MicroTraceReader.CALL_VOLUME), """
                {
                  "Root--A": 2,
                  "NoSeparator": 3,
                  "A--B": "many",
                  "A--C": -1,
                  "B--C": 5
                }
                """);

        CodeGraph graph = reader.read(tmp);

        assertThat(volumesAsInFile(graph)).containsOnly(Map.entry("Root--A", 2L), Map.entry("B--C", 5L));
        assertThat(graph.problems())
                .allMatch(p -> p.kind() == ProblemKind.CORRUPT_TRACE_LINE)
                .extracting(p -> p.location().line())
                .containsExactly(3, 4, 5);
        assertThat(graph.properties()).containsEntry("runtime.mono2micro.corruptLines", "3");
    }

    @Test
    void aTruncatedFileKeepsWhatCameBeforeTheDamage() throws IOException {
        Files.writeString(tmp.resolve(Mono2MicroTraceReader.CALL_VOLUME), "{\n \"Root--A\": 2,\n \"A--B\": 7,\n \"B--");

        CodeGraph graph = reader.read(tmp);

        assertThat(volumesAsInFile(graph)).containsOnly(Map.entry("Root--A", 2L), Map.entry("A--B", 7L));
        assertThat(graph.problems()).singleElement().satisfies(p -> {
            assertThat(p.kind()).isEqualTo(ProblemKind.CORRUPT_TRACE_LINE);
            assertThat(p.location().line()).isEqualTo(4);
        });
    }

    @Test
    void aDirectoryWithoutTraceFilesIsAProblemNotAnException() {
        CodeGraph graph = reader.read(tmp);

        assertThat(graph.hasRuntimeData()).isFalse();
        assertThat(graph.problems()).singleElement().extracting(p -> p.kind()).isEqualTo(ProblemKind.UNREADABLE_FILE);
    }

    /** The graph's runtime calls written back in the file's own spelling. */
    static Map<String, Long> volumesAsInFile(CodeGraph graph) {
        return graph.dependencies(DependencyKind.RUNTIME_CALL)
                .collect(Collectors.toMap(
                        d -> Mono2MicroTraceReader.toTraceName(d.from()) + "--"
                                + Mono2MicroTraceReader.toTraceName(d.to()),
                        Mono2MicroTraceReaderTest::exactCount,
                        Long::sum,
                        TreeMap::new));
    }

    private static long exactCount(Dependency d) {
        long count = (long) d.weight();
        assertThat((double) count).isEqualTo(d.weight());
        return count;
    }

    private static Map<String, Set<String>> contextsPerClass(CodeGraph graph) {
        Map<String, Set<String>> perClass = new TreeMap<>();
        for (BusinessContext c : graph.contexts()) {
            c.classes()
                    .forEach(cls -> perClass.computeIfAbsent(
                                    Mono2MicroTraceReader.toTraceName(cls), k -> new TreeSet<>())
                            .add(c.name()));
        }
        return perClass;
    }

    private static Map<String, Set<String>> asSets(Map<String, List<String>> lists) {
        Map<String, Set<String>> sets = new TreeMap<>();
        lists.forEach((k, v) -> sets.put(k, new TreeSet<>(v)));
        return sets;
    }
}
