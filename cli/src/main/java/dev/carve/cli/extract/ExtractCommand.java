package dev.carve.cli.extract;

import dev.carve.analyzer.proposal.DefaultExtraction;
import dev.carve.analyzer.proposal.ProposalJson;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code carve extract}: take one proposed module out. With {@code --module} and no mode, the proposal's right-sizing
 * verdict picks the mode; a mode this build does not have is printed as the command to run instead.
 */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        header = "Extract one proposed module from the monolith (as a Modulith module or a service).",
        description = "Rewrites the monolith's sources for one module of carve-proposal.json. Docs: docs/extractor.md.",
        subcommands = {ExtractModulithCommand.class, ExtractServiceCommand.class})
public final class ExtractCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--module",
            paramLabel = "NAME",
            description = "Extract this module in the mode its right-sizing verdict names (extract-service: 'service',"
                    + " modulith-module: 'modulith'); other options go to that mode.")
    String module;

    @Option(
            names = "--proposal",
            paramLabel = "FILE",
            defaultValue = ".carve/carve-proposal.json",
            description = "The boundary proposal from 'carve suggest'. Default: ${DEFAULT-VALUE}.")
    Path proposal;

    @Unmatched
    List<String> passOn = new ArrayList<>();

    @Override
    public Integer call() {
        if (module == null) {
            spec.commandLine().usage(spec.commandLine().getOut());
            return passOn.isEmpty() ? 0 : 2;
        }
        DefaultExtraction d = DefaultExtraction.of(ProposalJson.read(proposal), module, proposal.toString());
        var out = spec.commandLine().getOut();
        out.println(
                "Verdict for " + module + ": " + d.verdict() + (d.mergeWith().isEmpty() ? "" : " with " + d.mergeWith())
                        + " (" + String.join("; ", d.reasons()) + ").");
        if (d.mode().isEmpty()) {
            out.println(d.advice());
            out.flush();
            return 0;
        }
        List<String> args = new ArrayList<>(List.of(d.mode(), "--module", module));
        if (spec.commandLine().getParseResult().hasMatchedOption("--proposal")) {
            args.addAll(List.of("--proposal", proposal.toString()));
        }
        args.addAll(passOn);
        if (!spec.subcommands().containsKey(d.mode())) {
            out.println("This Carve has no 'extract " + d.mode() + "' yet. Run it when it does:");
            out.println("  carve extract " + String.join(" ", args));
            out.flush();
            return 0;
        }
        out.println("Running: carve extract " + String.join(" ", args));
        out.flush();
        return spec.commandLine().execute(args.toArray(String[]::new));
    }
}
