package dev.carve.cli.suggest;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.cluster.Constraints;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.proposal.BoundaryCheck;
import dev.carve.analyzer.proposal.KernelClass;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.cli.StoreOptions;
import dev.carve.cli.TerminalProgress;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve check}: the CI gate that fails on new cross-boundary dependencies. */
@Command(
        name = "check",
        header = "Fail (exit 1) when code adds a dependency across the accepted boundaries.",
        description = {
            "Accepted boundaries come from a proposal (--proposal, default: the one next to the store) or from the"
                    + " pins of a constraints file (--constraints). Known violations are frozen in a baseline"
                    + " (--baseline); only new ones fail the check. --update-baseline records the current ones.",
            "Exit codes: 0 no new violation, 1 new violations (listed with file:line), 2 bad input."
        })
public final class CheckCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    GraphInput input;

    @Option(names = "--proposal", paramLabel = "FILE", description = "Accepted boundaries: a carve-proposal.json.")
    Path proposal;

    @Option(
            names = "--constraints",
            paramLabel = "FILE",
            description = "Accepted boundaries: the pins of a constraints file.")
    Path constraints;

    @Option(
            names = "--baseline",
            paramLabel = "FILE",
            description = "Known violations. Default: carve-baseline.json next to the store (none if it is absent).")
    Path baseline;

    @Option(names = "--update-baseline", description = "Write the current violations as the baseline and pass.")
    boolean updateBaseline;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        CodeGraph graph = input.load(store, TerminalProgress.forStderr(quiet));
        Map<String, String> moduleOf;
        Set<String> kernel = Set.of();
        if (constraints != null && proposal == null) {
            Set<String> classes = graph.applicationTypes().map(TypeNode::name).collect(Collectors.toSet());
            moduleOf = Constraints.load(constraints, classes).pinned();
        } else {
            Path file = proposal != null ? proposal : store.workspace().resolve(ProposalJson.FILE_NAME);
            Proposal p = ProposalJson.read(file);
            moduleOf = p.moduleOf();
            kernel = p.sharedKernel().stream().map(KernelClass::name).collect(Collectors.toSet());
            long unknown =
                    moduleOf.keySet().stream().filter(c -> !graph.hasType(c)).count();
            if (unknown == moduleOf.size() && !moduleOf.isEmpty()) {
                throw CarveException.badInput(file + ": none of its " + unknown + " classes is in the graph. Is it the"
                        + " proposal of this monolith?");
            }
        }
        Path baselineFile = baseline != null ? baseline : store.workspace().resolve("carve-baseline.json");
        Set<String> known = !updateBaseline && (Files.exists(baselineFile) || baseline != null)
                ? BoundaryCheck.readBaseline(baselineFile)
                : Set.of();
        BoundaryCheck.Result r = BoundaryCheck.check(graph, moduleOf, kernel, updateBaseline ? Set.of() : known);
        PrintWriter out = spec.commandLine().getOut();
        if (updateBaseline) {
            BoundaryCheck.writeBaseline(baselineFile, r.all());
            out.printf(
                    "Baseline of %d known violations written to %s%n", r.all().size(), baselineFile);
            out.flush();
            return 0;
        }
        out.printf(
                "%d cross-boundary dependencies, %d known in the baseline, %d new; %d baseline entries fixed;"
                        + " %d classes outside the boundaries%n",
                r.all().size(),
                r.all().size() - r.fresh().size(),
                r.fresh().size(),
                r.fixed().size(),
                r.unknownClasses());
        for (BoundaryCheck.Violation v : r.fresh()) {
            out.printf(
                    "NEW %s (%s) -> %s (%s) [%s]%s%n",
                    v.from(),
                    v.fromModule(),
                    v.to(),
                    v.toModule(),
                    String.join(", ", v.kinds()),
                    v.location().isEmpty() ? "" : " at " + v.location());
        }
        out.flush();
        if (!r.fresh().isEmpty()) {
            throw CarveException.findings(r.fresh().size() + " new cross-boundary dependencies (listed above). Route"
                    + " them through the target module's API, or accept them with --update-baseline.");
        }
        return 0;
    }
}
