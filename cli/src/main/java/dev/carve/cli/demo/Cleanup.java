package dev.carve.cli.demo;

import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Everything the demo started (processes, databases, the proxy, the sync), stopped in reverse order of start by
 * {@link #close()}, which the JVM's shutdown hook also calls so Ctrl-C leaves nothing running. Safe to call twice and
 * from two threads: each resource is closed once.
 */
final class Cleanup implements AutoCloseable {
    private final Deque<Entry> started = new ArrayDeque<>();
    private final PrintStream log;
    private Thread hook;

    private record Entry(String what, AutoCloseable resource) {}

    Cleanup(PrintStream log) {
        this.log = log;
    }

    /** Closes everything on JVM shutdown too (Ctrl-C, SIGTERM); removed again by a normal {@link #close()}. */
    Cleanup onShutdown() {
        hook = new Thread(this::closeAll, "carve-demo-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
        return this;
    }

    /** Registers a started resource and returns it. */
    <T extends AutoCloseable> T add(String what, T resource) {
        synchronized (started) {
            started.push(new Entry(what, resource));
        }
        return resource;
    }

    @Override
    public void close() {
        closeAll();
        if (hook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // already shutting down: the hook runs closeAll, which finds nothing left
            }
        }
    }

    private void closeAll() {
        while (true) {
            Entry next;
            synchronized (started) {
                next = started.poll();
            }
            if (next == null) {
                return;
            }
            try {
                next.resource().close();
            } catch (Exception e) {
                log.println("carve: could not stop " + next.what() + ": " + e.getMessage());
            }
        }
    }
}
