package dev.carve.analyzer.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.CodeGraph;

/** Compares two graphs fact by fact, in order, so a failure names the first fact that differs. */
final class GraphAssertions {
    private GraphAssertions() {}

    static void assertSameGraph(CodeGraph actual, CodeGraph expected) {
        assertThat(actual.types()).as("types").containsExactlyElementsOf(expected.types());
        assertThat(actual.methods()).as("methods").containsExactlyElementsOf(expected.methods());
        assertThat(actual.dependencies()).as("dependencies").containsExactlyElementsOf(expected.dependencies());
        assertThat(actual.tables()).as("tables").containsExactlyElementsOf(expected.tables());
        assertThat(actual.tableAccesses()).as("table accesses").containsExactlyElementsOf(expected.tableAccesses());
        assertThat(actual.entryPoints()).as("entry points").containsExactlyElementsOf(expected.entryPoints());
        assertThat(actual.contexts()).as("contexts").containsExactlyElementsOf(expected.contexts());
        assertThat(actual.problems()).as("problems").containsExactlyElementsOf(expected.problems());
        assertThat(actual.properties()).as("properties").containsExactlyEntriesOf(expected.properties());
    }
}
