package dev.carve.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.runtime.Mono2MicroTraceReader;
import org.junit.jupiter.api.Test;

class MonoMicroGoldenTest {

    private static RuntimeScores score(String app, String partition) {
        CodeGraph graph = new Mono2MicroTraceReader().read(SharedData.benchmarks(app));
        Decomposition d =
                PartitionFiles.readDecomposition(SharedData.benchmarks(app).resolve(partition));
        return RuntimeMetrics.score(d, RuntimeTrace.of(graph), RuntimeMetrics.Missing.ERROR);
    }

    @Test
    void reproducesTheAcmeAirMonoMicroK5FiguresToThreeDecimals() {
        RuntimeScores s = score("acmeair", "m2m_partition_k5.json");
        assertThat(s.bcp()).isEqualTo(1.636);
        assertThat(s.icp()).isEqualTo(0.527);
        assertThat(s.sm()).isEqualTo(0.085);
        assertThat(s.ifn()).isEqualTo(5.6);
        assertThat(s.ned()).isEqualTo(0.357);
        assertThat(s.mq()).isEqualTo(2.612);
        assertThat(s.modules()).isEqualTo(5);
        assertThat(s.raw().sm()).isCloseTo(0.0855, within(0.0001));
    }

    @Test
    void reproducesTheJPetStoreCoGcnK9FiguresToThreeDecimals() {
        RuntimeScores s = score("jpetstore", "cogcn_partition_k9.json");
        assertThat(s.bcp()).isEqualTo(1.704);
        assertThat(s.icp()).isEqualTo(0.525);
        assertThat(s.sm()).isEqualTo(0.123);
        assertThat(s.ifn()).isEqualTo(3.222);
        assertThat(s.ned()).isEqualTo(0.243);
    }

    @Test
    void scoresTheCoGcnPartitionAgainstTheJPetStore2TruthAsPublished() {
        Decomposition d = PartitionFiles.readDecomposition(
                SharedData.benchmarks("jpetstore").resolve("cogcn_partition_k9.json"));
        Reference truth = PartitionFiles.readReference(
                SharedData.benchmarks("jpetstore").resolve("jpetstore2_usb_ground_truth.csv"));
        ReferenceMatch m = ReferenceScoring.score(d, truth);
        assertThat(m.strict().mojoFm()).isEqualTo(38.10);
        assertThat(m.lenient().mojoFm()).isEqualTo(45.00);
        assertThat(m.strict().referenceClasses()).isEqualTo(48);
        assertThat(m.strict().unassigned()).hasSize(13).contains("SignOffController");
    }

    @Test
    void roundsTiesAsNumpyForTheFirstThreeMetricsAndAsPythonForTheOthers() {
        assertThat(RuntimeMetrics.numpyRound(0.2025)).isEqualTo(0.202);
        assertThat(RuntimeMetrics.pythonRound(0.2025)).isEqualTo(0.203);
        assertThat(RuntimeMetrics.pythonRound(3.2222222)).isEqualTo(3.222);
    }
}
