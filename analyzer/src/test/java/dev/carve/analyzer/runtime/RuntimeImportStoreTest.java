package dev.carve.analyzer.runtime;

import static dev.carve.analyzer.runtime.AgentTraceReaderTest.P;
import static dev.carve.analyzer.runtime.AgentTraceReaderTest.context;
import static dev.carve.analyzer.runtime.AgentTraceReaderTest.shopTraces;
import static dev.carve.analyzer.runtime.AgentTraceReaderTest.volume;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Importing into the real (embedded Neo4j) store, twice: the second import replaces the first. */
class RuntimeImportStoreTest {
    @Test
    void importingIntoAStoreTwiceReplacesTheRuntimeFacts() throws IOException {
        SharedData.createTmpdir();
        RuntimeImport runtime = RuntimeImport.withAllFormats();
        try (GraphStore store = GraphStores.open("memory:")) {
            store.replace(RuntimeImportTest.staticShop());

            RuntimeImport.Summary first = runtime.importInto(store, List.of(shopTraces()));
            RuntimeImport.Summary second = runtime.importInto(store, List.of(shopTraces()));
            CodeGraph stored = store.load();

            assertThat(second).isEqualTo(first);
            assertThat(volume(stored, P + "web.OrderController", "place", P + "order.OrderService", "place"))
                    .isEqualTo(5);
            assertThat(context(stored, "POST /orders/{id}").invocations()).isEqualTo(5);
            assertThat(context(stored, "POST /orders/{id}").entryPoint()).isEqualTo("POST /orders/{id}");
            assertThat(stored.dependencies(DependencyKind.INVOKES)).hasSize(1);
            assertThat(stored.problems())
                    .filteredOn(p -> p.kind() == ProblemKind.UNKNOWN_TRACE_CLASS)
                    .hasSize(1);
            assertThat(stored.entryPoints()).hasSize(2);
        }
    }
}
