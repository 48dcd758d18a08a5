package dev.carve.analyzer.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.config.ConfigLoader;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.proposal.Proposal;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConstraintsTest {
    private static final String P = ShopGraph.P;
    private static final CodeGraph GRAPH = ShopGraph.build();
    private static final Set<String> CLASSES =
            GRAPH.applicationTypes().map(TypeNode::name).collect(Collectors.toSet());

    private static Constraints parse(String yaml) {
        return Constraints.resolve(ConfigLoader.parse(yaml, "c.yaml", ConstraintsFile.class), "c.yaml", yaml, CLASSES);
    }

    private static Proposal suggest(Constraints c) {
        return new BoundarySuggester("t")
                .suggest(GRAPH, SuggestOptions.defaults().withConstraints(c), Progress.NONE);
    }

    @Test
    void pinsAClassIntoANamedModuleAndReportsTheCost() {
        Proposal p = suggest(parse("pin:\n  - classes: [" + P + "dao.CustomerDao]\n    module: ordering\n"
                + "  - classes: [" + P + "service.OrderService]\n    module: ordering\n"));
        assertThat(p.moduleOf()).containsEntry(P + "dao.CustomerDao", "ordering");
        assertThat(p.placement(P + "dao.CustomerDao").orElseThrow().pinned()).startsWith("pin ");
        assertThat(p.constraints().outcomes()).hasSize(2);
        assertThat(p.constraints().outcomes().get(1).moved()).isEqualTo(1);
        assertThat(p.constraints().cost()).isPositive();
    }

    @Test
    void keepsApartAndTogetherAndExcludes() {
        Proposal p = suggest(parse("keepApart:\n  - classes: [" + P + "service.OrderService, " + P
                + "dao.OrderDao]\nkeepTogether:\n  - classes: [" + P + "entity.Product, " + P
                + "entity.Customer]\nexclude: [" + P + "controller.*]\n"));
        assertThat(p.moduleOf().get(P + "service.OrderService"))
                .isNotEqualTo(p.moduleOf().get(P + "dao.OrderDao"));
        assertThat(p.moduleOf().get(P + "entity.Product"))
                .isEqualTo(p.moduleOf().get(P + "entity.Customer"));
        assertThat(p.moduleOf()).doesNotContainKey(P + "controller.OrderController");
    }

    @Test
    void namesContradictions() {
        assertThatThrownBy(() -> parse("pin:\n  - classes: [" + P + "dao.OrderDao]\n    module: a\n" + "  - classes: ["
                        + P + "dao.*]\n    module: b\n"))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("contradict")
                .hasMessageContaining(P + "dao.OrderDao is pinned to both 'a' and 'b'");
    }

    @Test
    void namesTheLineAndKeyOfAnUnknownClassOrBadYaml() {
        assertThatThrownBy(() -> parse("exclude:\n  - com.shop.Nope\n"))
                .hasMessageContaining("c.yaml:2")
                .hasMessageContaining("'exclude'")
                .hasMessageContaining("matches no class");
        assertThatThrownBy(() -> ConfigLoader.parse("pin:\n  - clases: [x]\n", "c.yaml", ConstraintsFile.class))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("c.yaml:2")
                .hasMessageContaining("pin[0].classes");
    }
}
