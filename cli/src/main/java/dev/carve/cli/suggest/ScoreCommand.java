package dev.carve.cli.suggest;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.cluster.MetricValues;
import dev.carve.analyzer.metrics.Decomposition;
import dev.carve.analyzer.metrics.PartitionFiles;
import dev.carve.analyzer.metrics.Reference;
import dev.carve.analyzer.metrics.ReferenceScoring;
import dev.carve.analyzer.metrics.RuntimeMetrics;
import dev.carve.analyzer.metrics.ScoreCard;
import dev.carve.analyzer.metrics.Scoring;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.proposal.Metrics;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.cli.StoreOptions;
import dev.carve.cli.TerminalProgress;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve score}: the metrics of a decomposition (Carve's proposal or a file) and MoJoFM against a reference. */
@Command(
        name = "score",
        header = "Score a decomposition: Mono2Micro's metrics, modularity, coupling, table purity, MoJoFM.",
        description = {
            "DECOMPOSITION is a carve-proposal.json (default: the one next to the store), a Mono2Micro partition JSON,"
                    + " a CSV of class,partition rows, or an RSF file of 'contain module class' lines.",
            "Runtime metrics need runtime data in the graph (--traces, or a store with traces); --truth adds MoJoFM"
                    + " (strict and lenient policies); with only --truth no graph is needed."
        })
public final class ScoreCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    GraphInput input;

    @Parameters(index = "0", arity = "0..1", paramLabel = "DECOMPOSITION", description = "The decomposition to score.")
    Path decomposition;

    @Option(names = "--truth", paramLabel = "FILE", description = "Reference decomposition (CSV or RSF) for MoJoFM.")
    Path truth;

    @Option(
            names = "--missing",
            paramLabel = "POLICY",
            defaultValue = "error",
            description = "Traced classes the decomposition leaves out: error (default) or ignore (drop their calls).")
    String missing;

    @Option(names = "--json", description = "Print JSON instead of a table.")
    boolean json;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        RuntimeMetrics.Missing policy = switch (missing) {
            case "error" -> RuntimeMetrics.Missing.ERROR;
            case "ignore" -> RuntimeMetrics.Missing.IGNORE;
            default -> throw CarveException.badInput("--missing: expected 'error' or 'ignore', got '" + missing + "'.");
        };
        Path file = decomposition != null ? decomposition : store.workspace().resolve(ProposalJson.FILE_NAME);
        Decomposition d = read(file);
        Reference reference = truth == null ? null : PartitionFiles.readReference(truth);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("decomposition", file.toString());
        result.put("modules", d.moduleCount());
        result.put("classes", d.size());
        if (!input.given() && decomposition != null && reference != null) {
            var match = ReferenceScoring.score(d, reference);
            result.put("truth", match);
            print(
                    result,
                    new Metrics(Map.of(
                            Metrics.MOJOFM_STRICT,
                            match.strict().mojoFm(),
                            Metrics.MOJOFM_LENIENT,
                            match.lenient().mojoFm())));
            return 0;
        }
        CodeGraph graph = input.load(store, TerminalProgress.forStderr(quiet));
        ScoreCard card = Scoring.score(graph, d, reference, policy);
        result.put("metrics", MetricValues.of(card).values());
        if (card.runtime() != null) {
            result.put("runtime", card.runtime());
        }
        if (card.reference() != null) {
            result.put("truth", card.reference());
        }
        print(result, MetricValues.of(card));
        return 0;
    }

    private void print(Map<String, Object> result, Metrics metrics) throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(new ObjectMapper()
                    .enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(result));
        } else {
            out.printf(
                    "%s: %s modules, %s classes%n",
                    result.get("decomposition"), result.get("modules"), result.get("classes"));
            out.println("| metric | value | better |");
            out.println("|---|---|---|");
            metrics.values()
                    .forEach((k, v) -> out.printf(
                            "| %s | %s | %s |%n",
                            k, ProposalSummary.fmt(v), Metrics.higherIsBetter(k) ? "higher" : "lower"));
        }
        out.flush();
    }

    /** A proposal (recognized by its formatVersion) or any partition file. */
    static Decomposition read(Path file) throws IOException {
        if (file.toString().endsWith(".json") && Files.isRegularFile(file)) {
            String head = Files.readString(file);
            if (head.contains("\"formatVersion\"")) {
                Proposal p = ProposalJson.read(file);
                return Decomposition.ofAssignment(p.scoredAssignment());
            }
        }
        if (!Files.isRegularFile(file)) {
            throw CarveException.badInput(
                    file + ": no such decomposition file. Run 'carve suggest' first or pass a" + " partition file.");
        }
        return PartitionFiles.readDecomposition(file);
    }
}
