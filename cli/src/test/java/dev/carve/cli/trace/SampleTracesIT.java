package dev.carve.cli.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.runtime.RuntimeImport;
import dev.carve.analyzer.runtime.TraceRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Acceptance 1 of the runtime issue: the sample monolith under its workload driver with the packaged agent, its
 * traces imported. "Classes the workload exercises" is measured independently of the agent: the application classes
 * the JVM initialized during the run ({@code -Xlog:class+init}), i.e. whose code or state was first used.
 */
class SampleTracesIT {
    private static final Path ROOT =
            Path.of(System.getProperty("carve.root", "..")).toAbsolutePath().normalize();
    private static final Path SAMPLE = ROOT.resolve("sample-monolith");
    /** Read models over other domains' tables, by design of the sample: they touch none of their own domain's. */
    private static final Set<String> READS_OTHER_DOMAINS = Set.of(
            "POST /api/orders/quote",
            "GET /api/reports/sales",
            "GET /api/reports/top-products",
            "GET /api/reports/inventory-value",
            "GET /api/reports/customers/{id}/summary",
            "GET /api/reports/dashboard");

    private static CodeGraph graph;
    private static Set<String> initialized;
    private static JsonNode oracle;

    @BeforeAll
    static void traceTheSampleUnderItsWorkload() throws IOException {
        Path work = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "sample-traces"));
        Path traces = work.resolve("carve-traces.jsonl");
        Path initLog = work.resolve("class-init.log");
        Files.deleteIfExists(traces);
        Files.deleteIfExists(initLog);
        Path agent = AgentJar.extract(work);
        String javaagent = "-javaagent:" + agent + "=out=" + traces + ",include=com.acme.shop";
        SampleRun run = new SampleRun(
                SAMPLE.resolve("target/carve-sample-monolith.jar"),
                SAMPLE.resolve("target/carve-sample-monolith-workload.jar"),
                work,
                System.err);

        SampleRun.Result result = run.run(List.of(javaagent, "-Xlog:class+init=info:file=" + initLog), 1_500, 8, 42);

        assertThat(result.workloadStatus()).as(result.workloadOutput()).isZero();
        graph = RuntimeImport.withAllFormats().tracesOnly(List.of(traces));
        initialized = initializedApplicationClasses(initLog);
        oracle = new ObjectMapper()
                .readTree(SAMPLE.resolve("expected-boundaries.json").toFile());
    }

    @Test
    void runtimeEdgesCoverAtLeast95PercentOfTheClassesTheWorkloadExercised() {
        Set<String> withEdges = graph.dependencies(DependencyKind.RUNTIME_CALL)
                .flatMap(d -> java.util.stream.Stream.of(d.from(), d.to()))
                .filter(t -> !TraceRoot.is(t))
                .collect(Collectors.toSet());
        Set<String> missed = new TreeSet<>(initialized);
        missed.removeAll(withEdges);

        assertThat(initialized).hasSizeGreaterThan(100);
        assertThat(1.0 - missed.size() / (double) initialized.size())
                .as("share of exercised classes with runtime edges; missed: %s", missed)
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void eachEndpointsContextListsItsHandlerAndItsDomainsTables() {
        Map<String, BusinessContext> contexts = new HashMap<>();
        graph.contexts().forEach(c -> contexts.put(c.name(), c));
        Map<String, Set<String>> domainTables = new HashMap<>();
        Set<String> allTables = new HashSet<>();
        for (JsonNode d : oracle.path("domains")) {
            Set<String> tables = new HashSet<>();
            d.path("tables").forEach(t -> tables.add(t.asText()));
            domainTables.put(d.path("name").asText(), tables);
            allTables.addAll(tables);
        }
        for (JsonNode e : oracle.path("endpoints")) {
            String name = e.path("method").asText() + " " + e.path("path").asText();
            String handler = e.path("handler").asText().split("#")[0];
            BusinessContext c = contexts.get(name);
            assertThat(c).as("a business context for %s", name).isNotNull();
            assertThat(c.classes()).as("classes of %s", name).contains(handler);
            Set<String> touched = new HashSet<>(c.tablesRead());
            touched.addAll(c.tablesWritten());
            assertThat(allTables).as("tables of %s are the oracle's", name).containsAll(touched);
            Set<String> own = new HashSet<>(touched);
            own.retainAll(domainTables.get(e.path("domain").asText()));
            if (READS_OTHER_DOMAINS.contains(name)) {
                assertThat(touched).as("%s reads other domains' tables", name).isNotEmpty();
            } else {
                assertThat(own)
                        .as("%s touches its domain's tables (%s)", name, touched)
                        .isNotEmpty();
            }
        }
    }

    private static Set<String> initializedApplicationClasses(Path log) throws IOException {
        Matcher m = Pattern.compile("Initializing '(com/acme/shop/[^']+)'").matcher(Files.readString(log));
        Set<String> classes = new TreeSet<>();
        while (m.find()) {
            String name = m.group(1).replace('/', '.');
            if (!name.contains("$$")) {
                classes.add(name);
            }
        }
        return classes;
    }
}
