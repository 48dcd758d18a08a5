package dev.carve.cli.demo;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How to run the demo.
 *
 * @param home the Carve checkout (the sample's sources and jars live under it)
 * @param workspace where the demo writes traces, proposal, report, service, configs and logs
 * @param module the module to extract, or null for the first the extraction order can move
 * @param duration how long traffic flows through the proxy while the stages change
 * @param traceRequests requests the workload sends while the agent records traces
 * @param concurrency concurrent workload clients
 * @param seed seed of the workload's request mix
 * @param chaos the fault drill: kill the new service once in the middle of the canary
 * @param keep leave everything running after the summary until Ctrl-C
 * @param interactive redraw the progress line in place (stderr is a terminal)
 */
public record DemoOptions(
        Path home,
        Path workspace,
        String module,
        Duration duration,
        long traceRequests,
        int concurrency,
        long seed,
        boolean chaos,
        boolean keep,
        boolean interactive) {

    public DemoOptions {
        home = home.toAbsolutePath().normalize();
        workspace = workspace.toAbsolutePath().normalize();
        if (duration.toSeconds() < 8) {
            throw dev.carve.analyzer.CarveException.badInput("--duration " + duration.toSeconds()
                    + "s is too short: give at least 8 seconds, so traffic passes" + " through every stage");
        }
    }

    Path sampleSources() {
        return home.resolve("sample-monolith");
    }

    Path sampleJar() {
        return home.resolve("sample-monolith/target/carve-sample-monolith.jar");
    }

    Path workloadJar() {
        return home.resolve("sample-monolith/target/carve-sample-monolith-workload.jar");
    }
}
