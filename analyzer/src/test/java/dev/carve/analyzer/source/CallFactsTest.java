package dev.carve.analyzer.source;

import static dev.carve.analyzer.Fixtures.edges;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import org.junit.jupiter.api.Test;

class CallFactsTest {
    private static final CodeGraph G = Fixtures.graph("calls");
    private static final String ACCOUNTANT = Fixtures.type("calls", "Accountant");
    private static final String LEDGER = Fixtures.type("calls", "Ledger");
    private static final String BOOK = "void book(java.util.List)";

    @Test
    void invokesCarriesCallerAndExactCalleeSignaturesAcrossOverloads() {
        assertThat(edges(G, DependencyKind.INVOKES, ACCOUNTANT, LEDGER).map(Dependency::toMember))
                .contains(
                        "void record(long)",
                        "void record(java.lang.String,long)",
                        LEDGER + " self()",
                        "long parse(java.lang.String)");
        Dependency recordLong = edges(G, DependencyKind.INVOKES, ACCOUNTANT, LEDGER)
                .filter(d -> d.toMember().equals("void record(long)"))
                .findFirst()
                .orElseThrow();
        assertThat(recordLong.fromMember()).isEqualTo(BOOK);
        assertThat(recordLong.weight()).isEqualTo(3.0); // direct, chained, inside the lambda
        assertThat(recordLong.location().line()).isPositive();
    }

    @Test
    void constructorCallsAreConstructs() {
        assertThat(edges(G, DependencyKind.CONSTRUCTS, ACCOUNTANT, LEDGER))
                .singleElement()
                .satisfies(d -> assertThat(d.toMember()).isEqualTo("void <init>()"));
    }

    @Test
    void fieldReadsAndWritesAreSeparate() {
        assertThat(edges(G, DependencyKind.READS_FIELD, ACCOUNTANT, LEDGER).map(Dependency::toMember))
                .containsExactly("total");
        assertThat(edges(G, DependencyKind.WRITES_FIELD, ACCOUNTANT, LEDGER).map(Dependency::toMember))
                .containsExactly("total");
    }

    @Test
    void lambdasAndMethodReferencesAreRecorded() {
        assertThat(edges(G, DependencyKind.METHOD_REFERENCE, ACCOUNTANT, LEDGER).map(Dependency::toMember))
                .contains("parse");
        assertThat(edges(G, DependencyKind.METHOD_REFERENCE, ACCOUNTANT, "java.util.function.Consumer"))
                .isNotEmpty();
    }

    @Test
    void callsAreSynchronousEdges() {
        assertThat(G.dependencies(DependencyKind.INVOKES))
                .noneMatch(d -> d.kind().isAsynchronous());
    }
}
