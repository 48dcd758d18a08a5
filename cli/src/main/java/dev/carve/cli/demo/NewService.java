package dev.carve.cli.demo;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The extracted service, running as its own process: its base URL and log. The fault drill {@link #kill() kills}
 * it with SIGKILL, as a crash would; {@link #close()} stops it cleanly with SIGTERM.
 */
final class NewService implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Process process;
    private final URI baseUrl;
    private final Path log;

    private NewService(Process process, URI baseUrl, Path log) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.log = log;
    }

    /**
     * Starts {@code command} (its output to {@code log}) and returns once {@code readyPath} answers below 500 on
     * {@code port}; fails when the process exits first or nothing answers in three minutes.
     */
    static NewService start(List<String> command, Path workDir, Path log, int port, String readyPath) {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
        } catch (IOException e) {
            throw CarveException.internal("cannot start the extracted service: " + command, e);
        }
        NewService service = new NewService(process, URI.create("http://127.0.0.1:" + port), log);
        try {
            service.awaitReady(readyPath);
            return service;
        } catch (RuntimeException e) {
            service.close();
            throw e;
        }
    }

    URI baseUrl() {
        return baseUrl;
    }

    Path log() {
        return log;
    }

    /** Kills the service at once, without its shutdown hooks: a crash. */
    void kill() {
        process.destroyForcibly();
    }

    private void awaitReady(String path) {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest ready = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        try {
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw CarveException.internal(
                            "the extracted service stopped while starting (exit " + process.exitValue() + "); see "
                                    + log,
                            null);
                }
                try {
                    if (http.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() < 500) {
                        return;
                    }
                } catch (IOException e) {
                    // not listening yet
                }
                process.waitFor(300, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CarveException.internal("interrupted while waiting for the extracted service", e);
        }
        throw CarveException.internal(
                "the extracted service did not answer " + path + " within " + START_TIMEOUT.toSeconds() + " s; see "
                        + log,
                null);
    }

    @Override
    public void close() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
