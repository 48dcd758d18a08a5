package dev.carve.cli.trace;

import dev.carve.analyzer.CarveException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code carve trace sample}: the sample monolith under its workload driver, with the agent attached. */
@Command(
        name = "sample",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        sortOptions = false,
        header = "Record traces of the sample monolith under its workload driver.",
        description = {
            "Starts the sample monolith (its own embedded PostgreSQL) with the agent on a free port, waits until it"
                    + " answers, runs the workload driver against it, stops it cleanly (so the last flush is"
                    + " written), and leaves the traces in --out.",
            "",
            "Then: carve analyze sample-monolith --traces carve-traces.jsonl"
        })
public final class TraceSampleCommand implements Callable<Integer> {
    @Mixin
    AgentSettings agent;

    @Option(
            names = "--jar",
            paramLabel = "JAR",
            defaultValue = "sample-monolith/target/carve-sample-monolith.jar",
            description = "The sample's application jar. Default: ${DEFAULT-VALUE}")
    Path jar;

    @Option(
            names = "--workload-jar",
            paramLabel = "JAR",
            defaultValue = "sample-monolith/target/carve-sample-monolith-workload.jar",
            description = "The workload driver's jar. Default: ${DEFAULT-VALUE}")
    Path workloadJar;

    @Option(
            names = "--requests",
            defaultValue = "2000",
            description = "Requests the workload sends. Default: ${DEFAULT-VALUE}")
    long requests;

    @Option(names = "--concurrency", defaultValue = "8", description = "Concurrent clients. Default: ${DEFAULT-VALUE}")
    int concurrency;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the request mix. Default: ${DEFAULT-VALUE}")
    long seed;

    @Override
    public Integer call() {
        if (agent.include.isEmpty()) {
            agent.include.add(SampleRun.SAMPLE_PACKAGE);
        }
        Path agentJar = agent.agentJar != null ? agent.agentJar : AgentJar.extract(TraceCommand.workspace());
        SampleRun run = new SampleRun(jar, workloadJar, TraceCommand.workspace(), System.err);
        SampleRun.Result result = run.run(java.util.List.of(agent.javaagent(agentJar)), requests, concurrency, seed);
        System.err.println("carve: traces appended to " + agent.out.toAbsolutePath());
        if (result.workloadStatus() != 0) {
            throw CarveException.findings("the workload driver exited with status " + result.workloadStatus()
                    + "; see its output above. Traces recorded so far are in " + agent.out.toAbsolutePath());
        }
        return 0;
    }
}
