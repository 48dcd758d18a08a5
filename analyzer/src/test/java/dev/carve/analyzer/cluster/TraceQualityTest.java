package dev.carve.analyzer.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Progress;
import dev.carve.analyzer.metrics.Decomposition;
import dev.carve.analyzer.metrics.PartitionFiles;
import dev.carve.analyzer.metrics.ReferenceScoring;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.proposal.Metrics;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.runtime.Mono2MicroTraceReader;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The quality targets on the traces-only benchmarks (shared/benchmarks): the recommended decomposition beats
 * Mono2Micro's published median on at least 3 of BCP, ICP, SM, IFN, NED, and on JPetStore reaches MoJoFM (strict) 65
 * against the USB JPetStore2 reference.
 */
class TraceQualityTest {
    private static final Map<String, double[]> MONO2MICRO_MEDIANS = Map.of(
            "acmeair", new double[] {0.953, 0.527, 0.072, 3.375, 0.429},
            "jpetstore", new double[] {1.625, 0.333, 0.054, 1.857, 0.257});

    private static Proposal suggest(String app) {
        CodeGraph graph = new Mono2MicroTraceReader().read(SharedData.benchmarks(app));
        return new BoundarySuggester("test").suggest(graph, SuggestOptions.defaults(), Progress.NONE);
    }

    private static int wins(String app, Metrics m) {
        double[] median = MONO2MICRO_MEDIANS.get(app);
        int wins = 0;
        wins += m.get(Metrics.BCP) < median[0] ? 1 : 0;
        wins += m.get(Metrics.ICP) < median[1] ? 1 : 0;
        wins += m.get(Metrics.SM) > median[2] ? 1 : 0;
        wins += m.get(Metrics.IFN) < median[3] ? 1 : 0;
        wins += m.get(Metrics.NED) < median[4] ? 1 : 0;
        return wins;
    }

    @Test
    void beatsMonoMicroOnAtLeastThreeMetricsOnAcmeAir() {
        assertThat(wins("acmeair", suggest("acmeair").metrics())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void beatsMonoMicroOnAtLeastThreeMetricsOnJPetStoreAndMatchesItsReference() {
        Proposal p = suggest("jpetstore");
        assertThat(wins("jpetstore", p.metrics())).isGreaterThanOrEqualTo(3);
        double fm = ReferenceScoring.score(
                        Decomposition.ofAssignment(p.scoredAssignment()),
                        PartitionFiles.readReference(
                                SharedData.benchmarks("jpetstore").resolve("jpetstore2_usb_ground_truth.csv")))
                .strict()
                .mojoFm();
        assertThat(fm).isGreaterThanOrEqualTo(65.0);
    }
}
