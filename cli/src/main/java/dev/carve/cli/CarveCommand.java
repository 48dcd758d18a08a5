package dev.carve.cli;

import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Mixin;

/** The top-level {@code carve} command; subcommands register here as their features land. */
@Command(
        name = "carve",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        usageHelpAutoWidth = true,
        header = "Carve: take a legacy Java monolith apart safely, one piece at a time.",
        description = {
            "Analyzes a monolith into a dependency graph, suggests domain boundaries, reports them, extracts one at a"
                    + " time, and moves its traffic and data with nothing lost.",
            ""
        },
        footerHeading = "%nExit codes:%n",
        footer = {
            "  0  success",
            "  1  findings: a check or gate found something to act on",
            "  2  bad input or usage: the message says what, where and what to do",
            "  3  internal error: please report it with the output of -v",
            "",
            "Run 'carve help <command>' for a command's options.",
            "Shell completion: source <(carve generate-completion)"
        },
        subcommands = {
            // one line per command, kept in alphabetical order (merges stay simple)
            dev.carve.cli.analyze.AnalyzeCommand.class,
            AutoComplete.GenerateCompletion.class,
            dev.carve.cli.suggest.CheckCommand.class,
            dev.carve.cli.demo.DemoCommand.class,
            dev.carve.cli.extract.ExtractCommand.class,
            dev.carve.cli.graph.GraphCommand.class,
            HelpCommand.class,
            dev.carve.cli.plan.PlanCommand.class,
            dev.carve.cli.proxy.ProxyCommand.class,
            dev.carve.cli.graph.QueryCommand.class,
            dev.carve.cli.report.ReportCommand.class,
            dev.carve.cli.suggest.ScoreCommand.class,
            dev.carve.cli.suggest.SuggestCommand.class,
            dev.carve.cli.sync.SyncCommand.class,
            dev.carve.cli.trace.TraceCommand.class,
        })
public final class CarveCommand implements Runnable {
    @Mixin
    Verbosity verbosity;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        // no subcommand: show what there is to do
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
