package dev.carve.cli.extract;

import picocli.CommandLine.Command;

/** {@code carve extract}: take one proposed module out, as a Spring Modulith module or a separate service. */
@Command(
        name = "extract",
        mixinStandardHelpOptions = true,
        header = "Extract one proposed module from the monolith (as a Modulith module or a service).",
        description = "Rewrites the monolith's sources for one module of carve-proposal.json. Docs: docs/extractor.md.",
        subcommands = {ExtractModulithCommand.class, ExtractServiceCommand.class})
public final class ExtractCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
