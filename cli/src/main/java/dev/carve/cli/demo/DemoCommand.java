package dev.carve.cli.demo;

import dev.carve.analyzer.CarveException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve demo}: parse options, run {@link DemoService}, render the summary; exit 1 unless nothing was lost. */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        sortOptions = false,
        header = "Carve end to end on the sample monolith: analyze, suggest, extract, move traffic and data.",
        description = {
            "1. starts the sample monolith on its embedded PostgreSQL and records traces with the agent under its"
                    + " workload; 2. analyzes it, suggests boundaries, writes the HTML report; 3. extracts the module"
                    + " the extraction order puts first as a service with its own database; 4. starts the strangler"
                    + " proxy in front of the monolith and the sync from the legacy tables into the new database;"
                    + " 5. drives the workload through the proxy while the module's routes move shadow -> canary"
                    + " (10%, 50%) -> new, with a live progress line; 6. verifies the data and prints the summary.",
            "",
            "Everything it starts is stopped at the end, also on Ctrl-C. Exit status 1 when requests failed (with"
                    + " --chaos: idempotent ones) or the data differs."
        })
public final class DemoCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--module",
            paramLabel = "NAME",
            description = "The module to extract. Default: the first of the extraction order with HTTP reads.")
    String module;

    @Option(
            names = "--duration",
            paramLabel = "SECONDS",
            defaultValue = "60",
            description = "Seconds of traffic through the proxy while the stages change. Default: ${DEFAULT-VALUE}")
    long seconds;

    @Option(
            names = "--chaos",
            description = "Fault drill: kill the new service once in the middle of the canary; the proxy's gates roll"
                    + " the routes back and no idempotent request fails.")
    boolean chaos;

    @Option(names = "--keep", description = "Keep everything running after the summary, until Ctrl-C.")
    boolean keep;

    @Option(
            names = "--trace-requests",
            paramLabel = "N",
            defaultValue = "1500",
            description = "Requests the workload sends while traces are recorded. Default: ${DEFAULT-VALUE}")
    long traceRequests;

    @Option(
            names = "--concurrency",
            paramLabel = "N",
            defaultValue = "8",
            description = "Concurrent workload clients. Default: ${DEFAULT-VALUE}")
    int concurrency;

    @Option(
            names = "--workspace",
            paramLabel = "DIR",
            defaultValue = ".carve/demo",
            description = "Where traces, proposal, report, service and logs go. Default: ${DEFAULT-VALUE}")
    Path workspace;

    @Option(
            names = "--home",
            paramLabel = "DIR",
            description = "The Carve checkout holding sample-monolith/ (built). Default: the one ./carve runs from.")
    Path home;

    @Override
    public Integer call() {
        DemoOptions options = new DemoOptions(
                home(),
                workspace,
                module,
                Duration.ofSeconds(seconds),
                traceRequests,
                concurrency,
                42,
                chaos,
                keep,
                System.console() != null);
        PrintWriter out = spec.commandLine().getOut();
        DemoSummary summary = new DemoService(options, System.err).run(s -> s.render(out));
        if (!summary.zeroLoss()) {
            throw CarveException.findings("the demo lost something: " + String.join("; ", summary.problems()));
        }
        return 0;
    }

    private Path home() {
        Path h = home != null ? home : Path.of(System.getProperty("carve.home", "."));
        if (!Files.isDirectory(h.resolve("sample-monolith"))) {
            throw CarveException.badInput(h.toAbsolutePath() + " holds no sample-monolith/: run the demo through"
                    + " ./carve from the Carve checkout, or pass --home");
        }
        return h;
    }
}
