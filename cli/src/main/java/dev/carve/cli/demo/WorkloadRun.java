package dev.carve.cli.demo;

import dev.carve.analyzer.CarveException;
import dev.carve.cli.trace.SampleRun;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The sample's workload driver as a separate process (its jar is JDK-only and belongs to the sample, not to Carve):
 * started against a base URL for a number of requests or a time, its report read back as a {@link WorkloadOutcome}.
 */
final class WorkloadRun implements AutoCloseable {
    private final Process process;
    private final Path out;
    private final Path err;

    private WorkloadRun(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /**
     * Starts the driver. {@code requests} 0 means no limit ({@code duration} then ends it); its report goes to
     * {@code name.out}, its progress lines to {@code name.log} in {@code workspace}.
     */
    static WorkloadRun start(
            Path jar,
            URI baseUrl,
            long requests,
            Duration duration,
            int concurrency,
            long seed,
            Path workspace,
            String name) {
        if (!Files.isRegularFile(jar)) {
            throw CarveException.badInput(
                    jar + ": the workload driver's jar is not there. Build it with"
                            + " ./mvnw -Dquick package -pl sample-monolith (the ./carve launcher does), or pass --workload-jar");
        }
        List<String> command = new ArrayList<>(List.of(
                SampleRun.java(),
                "-jar",
                jar.toString(),
                "--base-url",
                baseUrl.toString(),
                "--concurrency",
                Integer.toString(concurrency),
                "--seed",
                Long.toString(seed),
                "--timeout",
                "20"));
        if (duration != null) {
            command.addAll(List.of("--seconds", Long.toString(Math.max(1, duration.toSeconds()))));
        }
        command.addAll(List.of("--requests", Long.toString(requests)));
        Path out = workspace.resolve(name + ".out");
        Path err = workspace.resolve(name + ".log");
        try {
            Process process = new ProcessBuilder(command)
                    .redirectOutput(out.toFile())
                    .redirectError(err.toFile())
                    .start();
            return new WorkloadRun(process, out, err);
        } catch (IOException e) {
            throw CarveException.internal("cannot start the workload driver", e);
        }
    }

    /** Waits for the driver to finish and reads its report. */
    WorkloadOutcome await() {
        try {
            int status = process.waitFor();
            String report = Files.isRegularFile(out) ? Files.readString(out) : "";
            String log = Files.isRegularFile(err) ? Files.readString(err) : "";
            return WorkloadOutcome.parse(status, report, log);
        } catch (IOException e) {
            throw CarveException.internal("cannot read the workload driver's report in " + out, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CarveException.internal("interrupted while the workload ran", e);
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}
