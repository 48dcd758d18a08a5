package dev.carve.analyzer.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BoundaryCheckTest {
    private static CodeGraph graph(String... edges) {
        CodeGraph.Builder g = CodeGraph.builder();
        for (String n : new String[] {"a.A1", "a.A2", "b.B1", "k.Util"}) {
            g.type(TypeNode.of(n, TypeKind.CLASS, Origin.SOURCE, SourceLocation.UNKNOWN));
        }
        for (String e : edges) {
            String[] p = e.split(">");
            g.dependency(Dependency.of(p[0], p[1], DependencyKind.INVOKES, SourceLocation.of("X.java", 7)));
        }
        return g.build();
    }

    private static final Map<String, String> MODULES = Map.of("a.A1", "a", "a.A2", "a", "b.B1", "b");

    @Test
    void reportsOnlyCrossingsThatAreNotInTheBaseline() {
        CodeGraph g = graph("a.A1>b.B1", "a.A2>b.B1", "a.A1>a.A2", "b.B1>k.Util");
        BoundaryCheck.Result r = BoundaryCheck.check(g, MODULES, Set.of("k.Util"), Set.of("a.A1 -> b.B1"));
        assertThat(r.all()).extracting(BoundaryCheck.Violation::key).containsExactly("a.A1 -> b.B1", "a.A2 -> b.B1");
        assertThat(r.fresh()).extracting(BoundaryCheck.Violation::key).containsExactly("a.A2 -> b.B1");
        assertThat(r.fresh().get(0).location()).isEqualTo("X.java:7");
    }

    @Test
    void namesBaselineEntriesThatWereFixed() {
        BoundaryCheck.Result r = BoundaryCheck.check(graph("a.A1>a.A2"), MODULES, Set.of(), Set.of("a.A1 -> b.B1"));
        assertThat(r.fresh()).isEmpty();
        assertThat(r.fixed()).containsExactly("a.A1 -> b.B1");
    }
}
