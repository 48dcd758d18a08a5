package dev.carve.agent.record;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/** The agent's own failures: counted, the first one reported once on stderr, never thrown into the host. */
public final class Failures {
    private static final AtomicLong COUNT = new AtomicLong();
    private static final AtomicBoolean REPORTED = new AtomicBoolean();
    private static volatile String first = "";

    private Failures() {}

    public static void record(String where, Throwable t) {
        COUNT.incrementAndGet();
        if (REPORTED.compareAndSet(false, true)) {
            first = where + ": " + t;
            warn("internal failure in " + first + " (recording goes on; further failures are only counted)");
        }
    }

    public static long count() {
        return COUNT.get();
    }

    public static String first() {
        return first;
    }

    /** One line on stderr, prefixed so the host's users know where it came from. */
    public static void warn(String message) {
        try {
            System.err.println("carve-agent: " + message);
        } catch (RuntimeException ignored) {
            // stderr itself is broken; there is nowhere left to report to
            COUNT.incrementAndGet();
        }
    }
}
