package dev.carve.analyzer.runtime;

import static dev.carve.analyzer.runtime.AgentTraceReaderTest.P;
import static dev.carve.analyzer.runtime.AgentTraceReaderTest.context;
import static dev.carve.analyzer.runtime.AgentTraceReaderTest.shopTraces;
import static dev.carve.analyzer.runtime.AgentTraceReaderTest.volume;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeImportTest {
    private final RuntimeImport runtime = RuntimeImport.withAllFormats();

    @TempDir
    Path tmp;

    @BeforeAll
    static void tmpdirExists() throws IOException {
        SharedData.createTmpdir();
    }

    /** What the static analyzer would have found in the shop: no Warmer (generated), a static call. */
    static CodeGraph staticShop() {
        CodeGraph.Builder g = CodeGraph.builder();
        for (String t : List.of(
                "web.OrderController",
                "order.OrderService",
                "order.OrderRepository",
                "customer.CustomerLookup",
                "billing.InvoiceJob",
                "billing.Invoicer$Batch")) {
            g.type(TypeNode.of(P + t, TypeKind.CLASS, Origin.SOURCE, SourceLocation.of(t + ".java", 1)));
        }
        g.entryPoint(EntryPoint.http(
                "POST", "/orders/{id}", P + "web.OrderController", "String place(int)", SourceLocation.UNKNOWN));
        g.entryPoint(new EntryPoint(
                "scheduled:" + P + "billing.InvoiceJob#run",
                dev.carve.analyzer.model.EntryPointKind.SCHEDULED,
                P + "billing.InvoiceJob",
                "void run()",
                "",
                "",
                SourceLocation.UNKNOWN));
        g.dependency(Dependency.of(
                P + "web.OrderController", P + "order.OrderService", DependencyKind.INVOKES, SourceLocation.UNKNOWN));
        return g.build();
    }

    @Test
    void runtimeFactsJoinTheStaticGraphAndContextsPointAtStaticEntryPoints() {
        CodeGraph merged = runtime.merge(staticShop(), runtime.read(List.of(shopTraces())));

        assertThat(merged.type(P + "order.OrderService").orElseThrow().origins())
                .contains(Origin.SOURCE, Origin.RUNTIME);
        assertThat(merged.type(P + "order.OrderService").orElseThrow().has(TypeFlag.RUNTIME_ONLY))
                .isFalse();
        assertThat(volume(merged, P + "web.OrderController", "place", P + "order.OrderService", "place"))
                .isEqualTo(5);
        assertThat(merged.dependencies(DependencyKind.INVOKES)).hasSize(1);
        assertThat(context(merged, "POST /orders/{id}").entryPoint()).isEqualTo("POST /orders/{id}");
        assertThat(merged.entryPoints()).hasSize(2);
    }

    @Test
    void classesTheStaticGraphLacksAreAddedFlaggedAndReported() {
        CodeGraph merged = runtime.merge(staticShop(), runtime.read(List.of(shopTraces())));

        assertThat(merged.type(P + "cache.Warmer").orElseThrow().flags()).contains(TypeFlag.RUNTIME_ONLY);
        assertThat(merged.problems())
                .filteredOn(p -> p.kind() == ProblemKind.UNKNOWN_TRACE_CLASS)
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains(P + "cache.Warmer"));
    }

    @Test
    void importingAgainReplacesTheRuntimeFactsInsteadOfDoublingThem() {
        CodeGraph traces = runtime.read(List.of(shopTraces()));
        CodeGraph once = runtime.merge(staticShop(), traces);
        CodeGraph twice = runtime.merge(once, traces);

        assertThat(volume(twice, P + "web.OrderController", "place", P + "order.OrderService", "place"))
                .isEqualTo(5);
        assertThat(context(twice, "POST /orders/{id}").invocations()).isEqualTo(5);
        assertThat(twice.problems()).hasSameSizeAs(once.problems());
        assertThat(twice.dependencies()).hasSameSizeAs(once.dependencies());
        assertThat(twice.tableAccesses()).hasSameSizeAs(once.tableAccesses());
    }

    @Test
    void withoutAStaticGraphTheTracesAloneMakeTheGraph() {
        CodeGraph merged = runtime.merge(CodeGraph.empty(), runtime.read(List.of(shopTraces())));

        assertThat(merged.applicationTypes()).hasSize(7);
        assertThat(merged.problems()).noneMatch(p -> p.kind() == ProblemKind.UNKNOWN_TRACE_CLASS);
        assertThat(merged.entryPoints()).extracting(EntryPoint::id).contains("POST /orders/{id}");
    }

    @Test
    void mono2microSimpleNamesResolveToUniqueStaticTypesAndAmbiguityIsReported() {
        CodeGraph.Builder g = CodeGraph.builder();
        g.type(TypeNode.of("com.acme.air.ServiceLocator", TypeKind.CLASS, Origin.SOURCE, SourceLocation.UNKNOWN));
        g.type(TypeNode.of("com.acme.air.a.KeyGenerator", TypeKind.CLASS, Origin.SOURCE, SourceLocation.UNKNOWN));
        g.type(TypeNode.of("com.acme.air.b.KeyGenerator", TypeKind.CLASS, Origin.SOURCE, SourceLocation.UNKNOWN));

        CodeGraph merged = runtime.merge(g.build(), runtime.read(List.of(SharedData.benchmarks("acmeair"))));

        assertThat(merged.dependencies(DependencyKind.RUNTIME_CALL)
                        .filter(d -> d.from().equals("Root") && d.to().equals("com.acme.air.ServiceLocator"))
                        .mapToDouble(Dependency::weight)
                        .sum())
                .isEqualTo(304);
        assertThat(merged.problems())
                .filteredOn(p -> p.message().contains("KeyGenerator is ambiguous"))
                .hasSize(1);
        assertThat(merged.hasType("KeyGenerator")).isTrue();
    }

    @Test
    void anEmptyTraceIsBadInputWithAHint() throws IOException {
        Path empty = Files.writeString(
                tmp.resolve("carve-traces.jsonl"), "{\"type\":\"agent-start\",\"v\":1,\"include\":[\"com.acme\"]}\n");

        assertThatThrownBy(() -> runtime.read(List.of(empty)))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("holds no calls")
                .hasMessageContaining("include=")
                .extracting(e -> ((CarveException) e).exitCode())
                .isEqualTo(2);
    }

    @Test
    void aMissingOrForeignInputIsBadInput() throws IOException {
        Path foreign = Files.writeString(tmp.resolve("notes.txt"), "hello");

        assertThatThrownBy(() -> runtime.read(List.of(tmp.resolve("nope.jsonl"))))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("no such file");
        assertThatThrownBy(() -> runtime.read(List.of(foreign)))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("not a trace Carve can read");
    }

    @Test
    void asAnAnalysisContributorItAddsTheSameFactsAsAMerge() {
        CodeGraph staticGraph = staticShop();
        CodeGraph merged = runtime.merge(staticGraph, runtime.read(List.of(shopTraces())));

        CodeGraph contribution =
                runtime.contributor(List.of(shopTraces())).contribute(staticGraph, dev.carve.analyzer.Progress.NONE);
        CodeGraph viaAnalysis = staticGraph.toBuilder().merge(contribution).build();

        assertThat(viaAnalysis.dependencies()).hasSameSizeAs(merged.dependencies());
        assertThat(volume(viaAnalysis, P + "web.OrderController", "place", P + "order.OrderService", "place"))
                .isEqualTo(5);
        assertThat(viaAnalysis.entryPoints()).hasSameSizeAs(merged.entryPoints());
        assertThat(viaAnalysis.contexts()).hasSameSizeAs(merged.contexts());
        assertThat(viaAnalysis.dependencies(DependencyKind.INVOKES)).hasSize(1);
    }
}
