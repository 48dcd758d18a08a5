package dev.carve.analyzer.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.proposal.ClassPlacement;
import dev.carve.analyzer.proposal.ExtractionStep;
import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.analyzer.proposal.TableOwnership;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoundarySuggesterTest {
    private static final String P = ShopGraph.P;
    private static final Proposal PROPOSAL =
            new BoundarySuggester("test").suggest(ShopGraph.build(), SuggestOptions.defaults(), Progress.NONE);

    @Test
    void splitsALayeredCodebaseByDomainAcrossItsLayers() {
        assertThat(PROPOSAL.source().packageLayout()).isEqualTo(PackageLayout.BY_LAYER);
        assertThat(PROPOSAL.modules()).extracting(Module::name).contains("order", "customer", "product");
        assertThat(PROPOSAL.module("order").orElseThrow().members())
                .contains(
                        P + "controller.OrderController",
                        P + "service.OrderService",
                        P + "dao.OrderDao",
                        P + "entity.Order");
        assertThat(PROPOSAL.module("customer").orElseThrow().members()).contains(P + "dao.CustomerDao");
    }

    @Test
    void isDeterministicForTheSameGraphAndSeed() {
        Proposal again =
                new BoundarySuggester("test").suggest(ShopGraph.build(), SuggestOptions.defaults(), Progress.NONE);
        assertThat(again.moduleOf()).isEqualTo(PROPOSAL.moduleOf());
        assertThat(again.candidates()).hasSameSizeAs(PROPOSAL.candidates());
    }

    @Test
    void reportsDeadCodeInsteadOfClusteringIt() {
        assertThat(PROPOSAL.deadCode()).extracting(d -> d.name()).containsExactly(P + "util.OldReport");
        assertThat(PROPOSAL.moduleOf()).doesNotContainKey(P + "util.OldReport");
    }

    @Test
    void proposesAUtilityUsedByEveryModuleAsSharedKernel() {
        assertThat(PROPOSAL.sharedKernel()).extracting(k -> k.name()).containsExactly(P + "util.Strings");
        assertThat(PROPOSAL.moduleOf()).doesNotContainKey(P + "util.Strings");
        assertThat(PROPOSAL.scoredAssignment()).containsKey(P + "util.Strings");
    }

    @Test
    void explainsEveryPlacementWithTiesAndTheRunnerUp() {
        ClassPlacement order = PROPOSAL.placement(P + "service.OrderService").orElseThrow();
        assertThat(order.module()).isEqualTo("order");
        assertThat(order.ties()).isNotEmpty();
        assertThat(order.ties().get(0).signals()).containsKey(StaticDependencySignal.NAME);
        assertThat(order.secondBest()).isEqualTo("customer");
        assertThat(order.margin()).isBetween(0.0, 1.0);
        assertThat(order.tables()).extracting(ClassPlacement.TableUse::table).contains("customers");
        assertThat(PROPOSAL.placement(P + "controller.OrderController")
                        .orElseThrow()
                        .entryPoints())
                .containsExactly("GET /orders");
    }

    @Test
    void ownsEachTableAndResolvesTheSharedOne() {
        TableOwnership customers = PROPOSAL.tables().stream()
                .filter(t -> t.table().equals("customers"))
                .findFirst()
                .orElseThrow();
        assertThat(customers.owner()).isEqualTo("customer");
        assertThat(customers.shared()).isTrue();
        assertThat(customers.readers())
                .extracting(TableOwnership.Access::module)
                .containsExactly("order");
        assertThat(customers.resolution()).isEqualTo(TableOwnership.API);
    }

    @Test
    void ordersExtractionEasiestFirstWithConcreteCuts() {
        List<ExtractionStep> order = PROPOSAL.extractionOrder();
        assertThat(order).extracting(ExtractionStep::rank).startsWith(1, 2, 3);
        assertThat(order.get(0).module()).isEqualTo("product");
        ExtractionStep customer = order.stream()
                .filter(s -> s.module().equals("customer"))
                .findFirst()
                .orElseThrow();
        assertThat(customer.cuts())
                .extracting(ExtractionStep.Cut::text)
                .contains("3 calls from OrderService into CustomerDao must go through an API");
        assertThat(PROPOSAL.module("order").orElseThrow().outgoing())
                .filteredOn(d -> d.to().equals("customer"))
                .singleElement()
                .satisfies(d -> assertThat(d.syncCalls()).isEqualTo(3));
    }

    @Test
    void keepsEveryCandidateAndMarksTheRecommendedOne() {
        assertThat(PROPOSAL.candidates()).filteredOn(c -> c.recommended()).hasSize(1);
        assertThat(PROPOSAL.candidates().stream()
                        .filter(c -> c.recommended())
                        .findFirst()
                        .orElseThrow()
                        .id())
                .isEqualTo(PROPOSAL.recommended());
        assertThat(PROPOSAL.metrics().values()).containsKeys("modularity", "coupling", "tablePurity", "NED");
        assertThat(ProposalJson.parse(ProposalJson.toJson(PROPOSAL), "x")).isEqualTo(PROPOSAL);
    }

    @Test
    void forcesAModuleCountWhenAsked() {
        Proposal two = new BoundarySuggester("test")
                .suggest(ShopGraph.build(), SuggestOptions.defaults().withModules(2), Progress.NONE);
        assertThat(two.modules()).hasSize(2);
    }

    @Test
    void explainsAGraphWithoutEdges() {
        CodeGraph.Builder g = CodeGraph.builder();
        for (String n : List.of("a.B", "a.C")) {
            g.type(TypeNode.of(n, TypeKind.CLASS, Origin.RUNTIME, SourceLocation.UNKNOWN));
        }
        assertThatThrownBy(
                        () -> new BoundarySuggester("t").suggest(g.build(), SuggestOptions.defaults(), Progress.NONE))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("no dependency, runtime call, shared table or shared name");
        assertThatThrownBy(() ->
                        new BoundarySuggester("t").suggest(CodeGraph.empty(), SuggestOptions.defaults(), Progress.NONE))
                .hasMessageContaining("no application class");
    }
}
