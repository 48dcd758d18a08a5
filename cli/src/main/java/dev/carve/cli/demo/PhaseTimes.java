package dev.carve.cli.demo;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each phase of the demo took, in the order they ran. */
final class PhaseTimes {
    private final Map<String, Duration> times = new LinkedHashMap<>();
    private String current;
    private long startNanos;

    /** Ends the running phase (if any) and starts {@code name}. */
    synchronized void start(String name) {
        end();
        current = name;
        startNanos = System.nanoTime();
    }

    synchronized void end() {
        if (current != null) {
            times.merge(current, Duration.ofNanos(System.nanoTime() - startNanos), Duration::plus);
            current = null;
        }
    }

    synchronized Map<String, Duration> ordered() {
        return new LinkedHashMap<>(times);
    }
}
