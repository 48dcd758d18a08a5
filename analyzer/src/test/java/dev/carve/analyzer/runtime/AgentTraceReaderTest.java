package dev.carve.analyzer.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.TableAccess;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AgentTraceReaderTest {
    static final String P = "com.acme.shop.";
    private final AgentTraceReader reader = new AgentTraceReader();

    static Path shopTraces() {
        try {
            return Path.of(
                    AgentTraceReaderTest.class.getResource("shop-traces.jsonl").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void callVolumesAddUpAcrossFlushIntervalsPerCallerAndCalleeMethod() {
        CodeGraph graph = reader.read(shopTraces());

        assertThat(volume(graph, "Root", "", P + "web.OrderController", "place"))
                .isEqualTo(5);
        assertThat(volume(graph, P + "web.OrderController", "place", P + "order.OrderService", "place"))
                .isEqualTo(5);
        assertThat(volume(graph, P + "order.OrderService", "place", P + "order.OrderService", "validate"))
                .isEqualTo(3);
        assertThat(volume(graph, "Root", "", P + "cache.Warmer", "warm")).isEqualTo(1);
    }

    @Test
    void eachEntryPointBecomesABusinessContextWithItsClassesAndTables() {
        CodeGraph graph = reader.read(shopTraces());

        BusinessContext orders = context(graph, "POST /orders/{id}");
        assertThat(orders.invocations()).isEqualTo(5);
        assertThat(orders.classes())
                .containsExactlyInAnyOrder(
                        P + "web.OrderController",
                        P + "order.OrderService",
                        P + "order.OrderRepository",
                        P + "customer.CustomerLookup");
        assertThat(orders.classCalls()).containsEntry(P + "order.OrderRepository", 5L);
        assertThat(orders.tablesWritten()).containsExactly("orders");
        assertThat(orders.tablesRead()).containsExactlyInAnyOrder("customers", "orders");
        BusinessContext job = context(graph, "scheduled:" + P + "billing.InvoiceJob#run");
        assertThat(job.classes()).contains(P + "billing.Invoicer$Batch");
        assertThat(job.tablesWritten()).containsExactly("invoices");
        assertThat(graph.contexts()).extracting(BusinessContext::name).doesNotContain("(no entry point)");
    }

    @Test
    void entryPointsCarryWhatTheTraceKnowsForMatching() {
        CodeGraph graph = reader.read(shopTraces());

        assertThat(graph.entryPoint("POST /orders/{id}")).hasValueSatisfying(e -> {
            assertThat(e.kind()).isEqualTo(EntryPointKind.HTTP);
            assertThat(e.type()).isEqualTo(P + "web.OrderController");
            assertThat(e.method()).isEqualTo("place");
            assertThat(e.httpMethod()).isEqualTo("POST");
            assertThat(e.path()).isEqualTo("/orders/{id}");
        });
        assertThat(graph.entryPoint("scheduled:" + P + "billing.InvoiceJob#run"))
                .hasValueSatisfying(e -> assertThat(e.kind()).isEqualTo(EntryPointKind.SCHEDULED));
    }

    @Test
    void sqlBecomesRuntimeTableAccessOfTheMethodThatRanIt() {
        CodeGraph graph = reader.read(shopTraces());

        assertThat(graph.tableAccesses())
                .filteredOn(a -> a.via() == AccessVia.RUNTIME)
                .extracting(a -> a.type() + "#" + a.member() + " " + a.access() + " " + a.table() + " " + a.weight())
                .contains(
                        P + "order.OrderRepository#insert WRITE orders 5.0",
                        P + "customer.CustomerLookup#find READ customers 3.0",
                        P + "billing.Invoicer$Batch#close WRITE invoices 4.0");
        assertThat(graph.tableAccesses()).noneMatch(a -> TraceRoot.is(a.type()));
        assertThat(graph.table("products")).isPresent();
        assertThat(graph.tableAccesses().stream().map(TableAccess::access)).contains(AccessKind.READ);
    }

    @Test
    void corruptAndTornLinesAreSkippedCountedAndReportedWithTheirLineNumbers() {
        CodeGraph graph = reader.read(shopTraces());

        assertThat(graph.problems())
                .filteredOn(p -> p.kind() == ProblemKind.CORRUPT_TRACE_LINE)
                .extracting(p -> p.location().line())
                .containsExactly(3, 7);
        assertThat(graph.properties()).containsEntry("runtime.carve.corruptLines", "2");
        assertThat(graph.problems())
                .filteredOn(p -> p.kind() == ProblemKind.UNSUPPORTED_SQL)
                .singleElement()
                .satisfies(p -> assertThat(p.location().line()).isEqualTo(6));
    }

    @Test
    void acceptsAgentTracesButNotOtherJson() {
        assertThat(reader.accepts(shopTraces())).isTrue();
        assertThat(reader.accepts(SharedData.benchmarks("acmeair").resolve("bcs_per_class.json")))
                .isFalse();
    }

    static double volume(CodeGraph graph, String from, String fromMember, String to, String toMember) {
        return graph.dependencies(DependencyKind.RUNTIME_CALL)
                .filter(d -> d.from().equals(from) && d.to().equals(to))
                .filter(d -> d.fromMember().equals(fromMember) && d.toMember().equals(toMember))
                .mapToDouble(Dependency::weight)
                .sum();
    }

    static BusinessContext context(CodeGraph graph, String name) {
        return graph.contexts().stream()
                .filter(c -> c.name().equals(name))
                .findFirst()
                .orElseThrow();
    }
}
