package dev.carve.cli.graph;

import picocli.CommandLine.Command;

/** {@code carve graph}: the graph store itself. */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        description = "Work with the graph store directly (see also 'carve query').",
        subcommands = {GraphServeCommand.class})
public final class GraphCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
