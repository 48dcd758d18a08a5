package dev.carve.agent.record;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * The static facade the inlined advice calls. Every public method catches everything: the host never sees an agent
 * failure, only the counter in {@link Failures} does. Before {@link #start} succeeds, every method does nothing.
 */
public final class Recorder {
    /** The caller of an entry point: the container, scheduler or runner (Mono2Micro's {@code Root}). */
    public static final String ROOT = "Root";

    private static final ThreadLocal<ThreadState> STATE = ThreadLocal.withInitial(ThreadState::new);
    private static final Set<Invocation> ACTIVE = ConcurrentHashMap.newKeySet();
    private static final AtomicLong ENTRIES = new AtomicLong();
    private static final AtomicLong RECORDED = new AtomicLong();
    private static volatile boolean on;
    private static volatile double sample = 1.0;
    private static volatile Aggregator aggregator;
    private static volatile TraceWriter writer;
    private static volatile Thread flusher;

    private Recorder() {}

    /**
     * Opens the output and starts the flusher; on an unwritable output prints one warning and stays off.
     *
     * @return whether recording is on
     */
    public static synchronized boolean start(
            Path out, double sampleShare, long flushMillis, int budget, String header) {
        try {
            writer = TraceWriter.open(out);
            writer.append(header);
        } catch (IOException | RuntimeException e) {
            Failures.warn("cannot write traces to " + out.toAbsolutePath() + " (" + e
                    + "); recording is off, the application runs as usual");
            return false;
        }
        sample = sampleShare;
        aggregator = new Aggregator(budget, Recorder::flushSoon);
        on = true;
        Thread t = new Thread(() -> flushLoop(flushMillis), "carve-agent-flush");
        t.setDaemon(true);
        flusher = t;
        t.start();
        Runtime.getRuntime().addShutdownHook(new Thread(Recorder::shutdown, "carve-agent-shutdown"));
        return true;
    }

    // ---- application methods ------------------------------------------------------------------------------------

    /** An application method begins; returns the thread's state for {@link #exit}, or null when not recording. */
    public static Object enter(String id) {
        if (!on) {
            return null;
        }
        try {
            ThreadState s = STATE.get();
            Invocation inv = s.invocation;
            if (inv == null) {
                aggregator.backgroundCall(s.top(), id);
            } else if (inv.sampled) {
                inv.calls.add(s.top(), id, 1);
            }
            s.push(id);
            return s;
        } catch (Throwable t) {
            Failures.record("enter " + id, t);
            return null;
        }
    }

    public static void exit(Object state, String id, Throwable thrown) {
        if (state == null) {
            return;
        }
        try {
            ThreadState s = (ThreadState) state;
            if (thrown != null && thrown != s.lastThrown) {
                s.lastThrown = thrown;
                String type = thrown.getClass().getName();
                Invocation inv = s.invocation;
                if (inv == null) {
                    aggregator.backgroundException(type, id);
                } else if (inv.sampled) {
                    inv.exceptions.add(type, id, 1);
                }
            }
            s.pop(id);
        } catch (Throwable t) {
            Failures.record("exit " + id, t);
        }
    }

    // ---- entry points -------------------------------------------------------------------------------------------

    /** An entry-point method (scheduled, listener, main, test) begins; true if it starts a new invocation. */
    public static boolean beginEntry(String kind, String id) {
        if (!on) {
            return false;
        }
        try {
            ThreadState s = STATE.get();
            if (s.invocation != null) {
                return false;
            }
            begin(s, kind, kind + ":" + Ids.readable(id));
            return true;
        } catch (Throwable t) {
            Failures.record("begin " + kind + " " + id, t);
            return false;
        }
    }

    /** An HTTP handler method (Spring MVC, JAX-RS) begins; names the current HTTP invocation or starts one. */
    public static boolean beginHandler(String route, String id) {
        if (!on) {
            return false;
        }
        try {
            ThreadState s = STATE.get();
            Invocation inv = s.invocation;
            if (inv == null) {
                inv = begin(s, "http", route.isEmpty() ? Ids.readable(id) : route);
                inv.route = route;
                inv.handler = id;
                return true;
            }
            if ("http".equals(inv.kind) && inv.handler.isEmpty()) {
                inv.handler = id;
                inv.route = route;
            }
            return false;
        } catch (Throwable t) {
            Failures.record("begin handler " + id, t);
            return false;
        }
    }

    public static void endEntry(boolean began, Throwable thrown) {
        if (!began) {
            return;
        }
        try {
            ThreadState s = STATE.get();
            Invocation inv = s.invocation;
            if (inv != null) {
                inv.failed |= thrown != null;
                end(s, inv);
            }
        } catch (Throwable t) {
            Failures.record("end entry", t);
        }
    }

    /** A servlet or filter receives a request; returns non-null if this starts the invocation. */
    public static Object beginHttp(Object request) {
        if (!on) {
            return null;
        }
        try {
            ThreadState s = STATE.get();
            if (s.invocation != null) {
                return null;
            }
            return begin(s, "http", "");
        } catch (Throwable t) {
            Failures.record("begin http", t);
            return null;
        }
    }

    public static void endHttp(Object began, Object request, Object response, Throwable thrown) {
        if (began == null) {
            return;
        }
        try {
            ThreadState s = STATE.get();
            Invocation inv = (Invocation) began;
            if (s.invocation == inv) {
                inv.name = HttpNames.name(inv, request);
                inv.failed |= thrown != null || HttpNames.status(response) >= 500;
                end(s, inv);
            }
        } catch (Throwable t) {
            Failures.record("end http", t);
        }
    }

    private static Invocation begin(ThreadState s, String kind, String name) {
        long n = ENTRIES.getAndIncrement();
        boolean sampled = sample >= 1.0 || Math.floor((n + 1) * sample) > Math.floor(n * sample);
        Invocation inv = new Invocation(kind, name, sampled);
        s.invocation = inv;
        s.lastThrown = null;
        if (sampled) {
            ACTIVE.add(inv);
        }
        return inv;
    }

    private static void end(ThreadState s, Invocation inv) {
        s.invocation = null;
        s.lastThrown = null;
        if (inv.sampled) {
            ACTIVE.remove(inv);
            RECORDED.incrementAndGet();
            aggregator.add(inv, System.nanoTime(), false);
        }
    }

    // ---- JDBC ---------------------------------------------------------------------------------------------------

    /** A JDBC method begins; true if it is the outermost on this thread (pools and wrappers delegate inward). */
    public static boolean jdbcEnter() {
        if (!on) {
            return false;
        }
        try {
            return STATE.get().jdbcDepth++ == 0;
        } catch (Throwable t) {
            Failures.record("jdbc enter", t);
            return false;
        }
    }

    public static void jdbcExit() {
        if (!on) {
            return;
        }
        try {
            ThreadState s = STATE.get();
            if (s.jdbcDepth > 0) {
                s.jdbcDepth--;
            }
        } catch (Throwable t) {
            Failures.record("jdbc exit", t);
        }
    }

    /** {@code Connection.prepareStatement(sql)} returned {@code statement}. */
    public static void prepared(boolean outermost, Object statement, String sql) {
        if (!outermost || statement == null || sql == null) {
            return;
        }
        try {
            Invocation inv = STATE.get().invocation;
            if (inv != null && inv.sampled) {
                inv.prepared(statement, SqlNormalizer.normalize(sql));
            }
        } catch (Throwable t) {
            Failures.record("jdbc prepare", t);
        }
    }

    /** A plain {@code Statement} runs (or batches) {@code sql}. */
    public static void executed(boolean outermost, String sql) {
        if (outermost && sql != null) {
            countSql(SqlNormalizer.normalize(sql));
        }
    }

    /** A {@code PreparedStatement} runs. */
    public static void executedPrepared(boolean outermost, Object statement) {
        if (!outermost) {
            return;
        }
        try {
            Invocation inv = STATE.get().invocation;
            String sql = inv == null ? null : inv.preparedSql(statement);
            if (sql != null) {
                countSql(sql);
            }
        } catch (Throwable t) {
            Failures.record("jdbc execute", t);
        }
    }

    private static void countSql(String sql) {
        try {
            ThreadState s = STATE.get();
            Invocation inv = s.invocation;
            if (inv == null) {
                aggregator.backgroundSql(sql, s.top());
            } else if (inv.sampled) {
                inv.sql.add(sql, s.top(), 1);
            }
        } catch (Throwable t) {
            Failures.record("jdbc count", t);
        }
    }

    // ---- flushing -----------------------------------------------------------------------------------------------

    private static void flushSoon() {
        Thread t = flusher;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    private static void flushLoop(long flushMillis) {
        while (on) {
            LockSupport.parkNanos(flushMillis * 1_000_000L);
            if (on) {
                flush(false);
            }
        }
    }

    /** Writes what was gathered; at shutdown also what running invocations gathered so far (marked partial). */
    static synchronized void flush(boolean shutdown) {
        try {
            List<Aggregate> drained = aggregator.drain();
            StringBuilder lines = new StringBuilder();
            for (Aggregate a : drained) {
                a.writeLine(lines);
            }
            if (shutdown) {
                partials(lines);
                stats(lines);
            }
            writer.append(lines);
        } catch (Throwable t) {
            Failures.record("flush to " + writer.file(), t);
        }
    }

    private static void partials(StringBuilder lines) {
        for (Invocation inv : ACTIVE.toArray(new Invocation[0])) {
            try {
                Aggregate a = new Aggregate(inv.kind, inv.name.isEmpty() ? "(running)" : inv.name);
                a.add(inv, System.nanoTime(), true);
                a.writeLine(lines);
            } catch (RuntimeException e) {
                // the owning thread is still changing it; skip rather than stall shutdown
                Failures.record("snapshot of a running invocation", e);
            }
        }
    }

    private static void stats(StringBuilder lines) {
        lines.append('{');
        Json.field(lines, "type", "agent-stats").append(',');
        Json.field(lines, "v", 1).append(',');
        Json.field(lines, "entries", ENTRIES.get()).append(',');
        Json.field(lines, "recorded", RECORDED.get()).append(',');
        Json.field(lines, "failures", Failures.count()).append(',');
        Json.field(lines, "firstFailure", Failures.first()).append("}\n");
    }

    private static void shutdown() {
        if (!on) {
            return;
        }
        flush(true);
        on = false;
        if (Failures.count() > 0) {
            Failures.warn(Failures.count() + " internal failure(s) while recording; first: " + Failures.first());
        }
        writer.close();
    }
}
