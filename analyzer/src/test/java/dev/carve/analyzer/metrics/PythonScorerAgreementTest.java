package dev.carve.analyzer.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.runtime.Mono2MicroTraceReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Carve's scorer and the independent {@code shared/tools/m2m_score.py} give the same figures on the same inputs: the
 * published partitions and seeded random ones (python3 is on every developer machine and on CI).
 */
class PythonScorerAgreementTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Path tmp;

    @BeforeAll
    static void tmpdir() throws IOException {
        SharedData.createTmpdir();
        tmp = Files.createTempDirectory("m2m-agreement");
    }

    static Stream<Arguments> partitions() {
        List<Arguments> out = new ArrayList<>();
        out.add(Arguments.of("acmeair", "published", 0));
        out.add(Arguments.of("jpetstore", "published", 0));
        for (int seed = 1; seed <= 4; seed++) {
            out.add(Arguments.of("acmeair", "random", seed));
            out.add(Arguments.of("jpetstore", "random", seed));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("partitions")
    void carveAgreesWithTheIndependentScorer(String app, String kind, int seed) throws Exception {
        Path dir = SharedData.benchmarks(app);
        CodeGraph graph = new Mono2MicroTraceReader().read(dir);
        Decomposition d;
        if (kind.equals("published")) {
            d = PartitionFiles.readDecomposition(
                    dir.resolve(app.equals("acmeair") ? "m2m_partition_k5.json" : "cogcn_partition_k9.json"));
        } else {
            Random random = new Random(seed);
            int k = 2 + random.nextInt(8);
            Map<String, String> moduleOf = new LinkedHashMap<>();
            RuntimeTrace.of(graph).classes().forEach(c -> moduleOf.put(c, "m" + random.nextInt(k)));
            d = Decomposition.ofAssignment(moduleOf);
        }
        Path file = tmp.resolve(app + "-" + kind + "-" + seed + ".json");
        Map<String, String> traceNames = new LinkedHashMap<>();
        d.assignment().forEach((c, m) -> traceNames.put(Mono2MicroTraceReader.toTraceName(c), m));
        Files.writeString(file, JSON.writeValueAsString(traceNames), StandardCharsets.UTF_8);
        Path truth = SharedData.benchmarks("jpetstore").resolve("jpetstore2_usb_ground_truth.csv");

        JsonNode python = runPython(file, app, truth);
        ScoreCard carve = Scoring.score(graph, d, PartitionFiles.readReference(truth), RuntimeMetrics.Missing.ERROR);

        RuntimeScores r = carve.runtime();
        assertThat(r.bcp()).as("BCP").isEqualTo(python.get("BCP").asDouble());
        assertThat(r.icp()).as("ICP").isEqualTo(python.get("ICP").asDouble());
        assertThat(r.sm()).as("SM").isEqualTo(python.get("SM").asDouble());
        assertThat(r.ifn()).as("IFN").isEqualTo(python.get("IFN").asDouble());
        assertThat(r.ned()).as("NED").isEqualTo(python.get("NED").asDouble());
        assertThat(r.mq()).as("MQ").isEqualTo(python.get("MQ").asDouble());
        assertThat(r.modules()).isEqualTo(python.get("K").asInt());
        JsonNode t = python.get("truth");
        assertThat(carve.reference().strict().mojoFm())
                .as("MoJoFM strict")
                .isEqualTo(t.get("strict").get("MoJoFM").asDouble());
        assertThat(carve.reference().lenient().mojoFm())
                .as("MoJoFM lenient")
                .isEqualTo(t.get("lenient").get("MoJoFM").asDouble());
        assertThat(carve.reference().strict().mojo())
                .isEqualTo(t.get("strict").get("MoJo").asInt());
    }

    private static JsonNode runPython(Path partition, String app, Path truth) throws Exception {
        Path out = Files.createTempFile(tmp, "py", ".json");
        Process p = new ProcessBuilder(
                        "python3",
                        SharedData.tool().toString(),
                        partition.toString(),
                        "--app",
                        app,
                        "--truth",
                        truth.toString())
                .redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as("m2m_score.py exit status").isZero();
        return JSON.readTree(out.toFile());
    }
}
