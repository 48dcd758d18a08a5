package dev.carve.cli.trace;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the sample monolith with extra JVM options (the agent, or none for a baseline) under its workload driver:
 * start on a free port, wait until an endpoint answers, drive, stop with SIGTERM so shutdown hooks run. Used by
 * {@code carve trace sample} and the agent overhead benchmark.
 */
public final class SampleRun {
    static final String SAMPLE_PACKAGE = "com.acme.shop";
    private static final String READY_PATH = "/api/categories";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);

    private final Path jar;
    private final Path workloadJar;
    private final Path workspace;
    private final PrintStream log;

    /** What happened: the driver's exit status and its output (its report). */
    public record Result(int workloadStatus, String workloadOutput) {}

    public SampleRun(Path jar, Path workloadJar, Path workspace, PrintStream log) {
        this.jar = jar;
        this.workloadJar = workloadJar;
        this.workspace = workspace;
        this.log = log;
    }

    public Result run(List<String> jvmOptions, long requests, int concurrency, long seed) {
        requireFile(workloadJar, "the workload driver's jar");
        try (Running app = start(jvmOptions, List.of())) {
            log.println("carve: sample monolith up on port " + app.port() + "; driving " + requests + " requests");
            return drive(app.port(), requests, concurrency, seed);
        }
    }

    /**
     * Starts the sample on a free port with extra JVM options and application arguments (e.g. {@code
     * --sample.db.port=...}) and returns once an endpoint answers; closing the handle stops it with SIGTERM so its
     * shutdown hooks (trace flush, embedded database) run.
     */
    public Running start(List<String> jvmOptions, List<String> appArgs) {
        requireFile(jar, "the sample monolith's jar");
        int port = freePort();
        Path appLog = workspace.resolve("sample-monolith.log");
        List<String> app = new ArrayList<>(List.of(java()));
        app.addAll(jvmOptions);
        app.addAll(List.of("-jar", jar.toString(), "--server.port=" + port));
        app.addAll(appArgs);
        Process process = start(app, appLog);
        Running running = new Running(process, port, appLog);
        try {
            awaitReady(process, port, appLog);
            return running;
        } catch (RuntimeException e) {
            running.close();
            throw e;
        }
    }

    /** A started sample: its HTTP port, process and log; {@link #close()} stops it (safe to call twice). */
    public record Running(Process process, int port, Path log) implements AutoCloseable {
        @Override
        public void close() {
            stop(process);
        }
    }

    private Result drive(int port, long requests, int concurrency, long seed) {
        List<String> driver = List.of(
                java(),
                "-jar",
                workloadJar.toString(),
                "--base-url",
                "http://127.0.0.1:" + port,
                "--requests",
                Long.toString(requests),
                "--concurrency",
                Integer.toString(concurrency),
                "--seed",
                Long.toString(seed));
        try {
            Path out = workspace.resolve("workload.out");
            Process p = new ProcessBuilder(driver)
                    .redirectOutput(out.toFile())
                    .redirectError(ProcessBuilder.Redirect.INHERIT)
                    .start();
            int status = p.waitFor();
            String output = Files.readString(out);
            log.print(output);
            return new Result(status, output);
        } catch (IOException e) {
            throw CarveException.internal("cannot run the workload driver", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CarveException.internal("interrupted while the workload ran", e);
        }
    }

    private Process start(List<String> command, Path appLog) {
        try {
            Files.createDirectories(workspace);
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(appLog.toFile())
                    .start();
        } catch (IOException e) {
            throw CarveException.internal("cannot start the sample monolith", e);
        }
    }

    private static void awaitReady(Process process, int port, Path appLog) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + READY_PATH))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw CarveException.badInput(
                        "the sample monolith stopped while starting (exit " + process.exitValue() + "); see " + appLog);
            }
            try {
                if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() < 500) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CarveException.internal("interrupted while waiting for the sample", e);
            }
            try {
                process.waitFor(500, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CarveException.internal("interrupted while waiting for the sample", e);
            }
        }
        throw CarveException.internal(
                "the sample monolith did not answer within " + START_TIMEOUT.toSeconds() + " s; see " + appLog, null);
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(90, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw CarveException.badInput(file.toAbsolutePath() + ": " + what + " is not there. Build it first:"
                    + " ./mvnw -Dquick package -pl sample-monolith (from the Carve checkout), or pass its path");
        }
    }

    /** A local port nothing listens on now (the OS picks it). */
    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw CarveException.internal("no free local port", e);
        }
    }

    /** The {@code java} executable of the running JVM, for child JVMs. */
    public static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
