package dev.carve.analyzer.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Analysis;
import dev.carve.analyzer.AnalysisOptions;
import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.proposal.KernelClass;
import dev.carve.analyzer.proposal.Module;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.RightSizing;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The proposal for the sample monolith: infrastructure in the shared kernel, a verdict with reasons everywhere. */
class SampleProposalTest {
    private static final String P = "com.acme.shop.";
    private static Proposal proposal;

    @BeforeAll
    static void suggestForTheSample() {
        var graph = new Analysis(AnalysisOptions.defaults())
                .analyze(Fixtures.root().getParent().resolve("sample-monolith"), Progress.NONE)
                .graph();
        proposal = new BoundarySuggester("test").suggest(graph, SuggestOptions.defaults(), Progress.NONE);
    }

    @Test
    void everyModuleHasAVerdictWithReasons() {
        assertThat(proposal.modules()).isNotEmpty().allSatisfy(m -> {
            RightSizing r = m.rightSizing();
            assertThat(r.verdict()).isIn(RightSizing.EXTRACT_SERVICE, RightSizing.MODULITH_MODULE, RightSizing.MERGE);
            assertThat(r.reasons()).isNotEmpty();
            assertThat(r.classes()).isEqualTo(m.members().size() + kernelIn(m));
        });
    }

    @Test
    void theOrderPaymentCycleKeepsBothSidesInTheMonolith() {
        Map<String, Module> byClass = proposal.modules().stream()
                .flatMap(m -> m.members().stream().map(c -> Map.entry(c, m)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        Module orders = byClass.get(P + "service.OrderService");
        Module payments = byClass.get(P + "service.PaymentService");
        assertThat(orders.rightSizing().inCycle()).isTrue();
        assertThat(orders.rightSizing().verdict()).isEqualTo(RightSizing.MODULITH_MODULE);
        assertThat(payments.rightSizing().verdict()).isNotEqualTo(RightSizing.EXTRACT_SERVICE);
    }

    @Test
    void configurationAndUtilitiesAreSharedKernelNotModules() {
        Map<String, KernelClass> kernel =
                proposal.sharedKernel().stream().collect(Collectors.toMap(KernelClass::name, Function.identity()));
        assertThat(kernel)
                .containsKeys(
                        P + "config.EmbeddedDatabaseConfig",
                        P + "config.DatabaseReachabilityCheck",
                        P + "config.SchedulingConfig",
                        P + "util.MoneyUtils",
                        P + "util.AuditLogger");
        assertThat(kernel.get(P + "config.SchedulingConfig").reason()).startsWith("infrastructure");
        Set<String> members = proposal.moduleOf().keySet();
        assertThat(members).doesNotContainAnyElementsOf(kernel.keySet());
        // domain classes stay in modules
        assertThat(members).contains(P + "service.PricingService", P + "exception.InsufficientStockException");
    }

    private static int kernelIn(Module m) {
        return (int) proposal.sharedKernel().stream()
                .filter(k -> k.homeModule().equals(m.name()))
                .count();
    }
}
