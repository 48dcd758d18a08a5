package dev.carve.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.QueryResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnalysisTest {
    /** Keeps the last graph replaced, in memory. */
    static final class FakeStore implements GraphStore {
        CodeGraph stored = CodeGraph.empty();
        int replaces;

        @Override
        public void replace(CodeGraph graph) {
            stored = graph;
            replaces++;
        }

        @Override
        public void merge(CodeGraph graph) {
            stored = stored.toBuilder().merge(graph).build();
        }

        @Override
        public CodeGraph load() {
            return stored;
        }

        @Override
        public QueryResult query(String cypher, Map<String, Object> parameters) {
            return new QueryResult(List.of(), List.of());
        }

        @Override
        public String location() {
            return "memory:fake";
        }

        @Override
        public void close() {}
    }

    @Test
    void runReadsEveryReaderIntoOneGraphReplacesTheStoreAndSummarizes() {
        FakeStore store = new FakeStore();
        Analysis.GraphContributor extra = new Analysis.GraphContributor() {
            @Override
            public String phase() {
                return "adding test facts";
            }

            @Override
            public CodeGraph contribute(CodeGraph graph, Progress progress) {
                return CodeGraph.builder()
                        .property("contributed", Integer.toString(graph.types().size()))
                        .build();
            }
        };
        AnalysisSummary summary = new Analysis(AnalysisOptions.defaults(), List.of(), List.of(extra))
                .run(Fixtures.scenario("data"), store, Progress.NONE);

        assertThat(store.replaces).isEqualTo(1);
        assertThat(store.stored.properties()).containsKey("contributed").containsEntry("carve.build", "SOURCE_TREE");
        assertThat(summary.store()).isEqualTo("memory:fake");
        assertThat(summary.types()).isEqualTo(store.stored.applicationTypes().count());
        assertThat(summary.tables()).isEqualTo(store.stored.tables().size()).isGreaterThanOrEqualTo(6);
        assertThat(summary.dependencies()).containsKey("JPA_RELATION");
        assertThat(summary.problems()).containsKey("UNSUPPORTED_SQL");
        assertThat(summary.seconds()).isPositive();
    }
}
