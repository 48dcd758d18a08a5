package dev.carve.cli.suggest;

import dev.carve.analyzer.cluster.BoundarySuggester;
import dev.carve.analyzer.cluster.Constraints;
import dev.carve.analyzer.cluster.SuggestOptions;
import dev.carve.analyzer.cluster.SuggestProfile;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.proposal.Proposal;
import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.cli.StoreOptions;
import dev.carve.cli.TerminalProgress;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve suggest}: propose module boundaries and write {@code carve-proposal.json}. */
@Command(
        name = "suggest",
        header = "Suggest module boundaries and write carve-proposal.json.",
        description = {
            "Clusters the analyzed monolith's classes (Leiden over static, runtime, table, name, co-change and package"
                    + " signals), recommends one decomposition and keeps the other candidates, and explains every"
                    + " placement. Writes carve-proposal.json next to the store, or at --out; prints a summary.",
            "Docs: docs/boundaries.md; format: docs/formats/carve-proposal.md."
        })
public final class SuggestCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StoreOptions store;

    @Mixin
    GraphInput input;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            description = "Where to write the proposal. Default: next to the store.")
    Path out;

    @Option(
            names = "--modules",
            paramLabel = "N",
            description = "Force this many modules instead of the recommendation.")
    int modules;

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            description = "Weight profile (YAML); see docs/formats/suggest-profile.md.")
    Path profile;

    @Option(
            names = "--constraints",
            paramLabel = "FILE",
            description = "Architect constraints (carve-constraints.yaml).")
    Path constraints;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress on stderr.")
    boolean quiet;

    @Override
    public Integer call() {
        TerminalProgress progress = TerminalProgress.forStderr(quiet);
        CodeGraph graph = input.load(store, progress);
        SuggestProfile p = profile == null ? SuggestProfile.defaults() : SuggestProfile.load(profile);
        Set<String> classes = graph.applicationTypes().map(TypeNode::name).collect(Collectors.toSet());
        Constraints c = constraints == null ? Constraints.NONE : Constraints.load(constraints, classes);
        SuggestOptions options = new SuggestOptions(
                p, profile == null ? "default" : profile.toString(), modules, c, input.describe(store));
        Proposal proposal = new BoundarySuggester("Carve " + carveVersion()).suggest(graph, options, progress);
        Path target = out != null ? out : store.workspace().resolve(ProposalJson.FILE_NAME);
        ProposalJson.write(proposal, target);
        ProposalSummary.print(proposal, spec.commandLine().getOut());
        spec.commandLine().getOut().println("Proposal written to " + target);
        return 0;
    }

    static String carveVersion() {
        Package pkg = SuggestCommand.class.getPackage();
        String v = pkg == null ? null : pkg.getImplementationVersion();
        return v == null ? "(development build)" : v;
    }
}
