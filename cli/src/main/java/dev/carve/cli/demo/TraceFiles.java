package dev.carve.cli.demo;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Waiting for the agent's last flush while the traced application keeps running. */
final class TraceFiles {
    private static final long POLL_MILLIS = 700;

    private TraceFiles() {}

    /**
     * Returns once the trace file exists and has not grown for two polls in a row (the agent flushes every second, so
     * every finished request is then on disk); fails when the application stops or nothing is written in a minute.
     */
    static void awaitQuiet(Path traces, Process app) {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        long last = -1;
        int quiet = 0;
        try {
            while (quiet < 2) {
                if (app.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                    throw CarveException.internal(
                            "the sample monolith stopped (exit " + app.exitValue() + ") while traces were written",
                            null);
                }
                long size = Files.isRegularFile(traces) ? Files.size(traces) : -1;
                quiet = size > 0 && size == last ? quiet + 1 : 0;
                last = size;
                if (System.nanoTime() > deadline) {
                    throw CarveException.internal(
                            "the agent wrote no traces to " + traces + " within a minute; see the sample's log", null);
                }
            }
        } catch (IOException e) {
            throw CarveException.internal("cannot read " + traces, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CarveException.internal("interrupted while waiting for the traces", e);
        }
    }
}
