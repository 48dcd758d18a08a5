package dev.carve.cli.demo;

import dev.carve.proxy.AdminClient;
import dev.carve.proxy.RouteStatus;
import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The live progress line while traffic moves, on stderr: the route's stage, requests/s and errors through the proxy,
 * shadow differences, and the sync's lag. Redrawn in place every second on a terminal; one line every five seconds
 * otherwise (CI logs). Reads everything from the proxy's admin API, as an operator's dashboard would.
 */
final class LiveLine implements AutoCloseable {
    private static final Pattern REQUESTS =
            Pattern.compile("^carve_proxy_requests_total\\{([^}]*)\\} ([0-9.eE+]+)$", Pattern.MULTILINE);

    private final AdminClient admin;
    private final String route;
    private final Supplier<OptionalLong> lagMillis;
    private final PrintStream err;
    private final boolean interactive;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "carve-demo-progress");
        t.setDaemon(true);
        return t;
    });
    private final long startNanos = System.nanoTime();
    private long lastTotal;
    private long lastNanos = startNanos;
    private int ticks;
    private volatile String last = "";

    LiveLine(AdminClient admin, String route, Supplier<OptionalLong> lagMillis, PrintStream err, boolean interactive) {
        this.admin = admin;
        this.route = route;
        this.lagMillis = lagMillis;
        this.err = err;
        this.interactive = interactive;
    }

    LiveLine start() {
        timer.scheduleAtFixedRate(this::tick, 1, 1, TimeUnit.SECONDS);
        return this;
    }

    /** Prints a message above the live line (a stage change, a rollback). */
    synchronized void note(String message) {
        if (interactive) {
            err.print("\r\033[2K");
        }
        err.println(message);
        if (interactive && !last.isEmpty()) {
            err.print(last);
            err.flush();
        }
    }

    private synchronized void tick() {
        try {
            RouteStatus r = admin.route(route);
            Totals t = Totals.of(admin.metrics());
            long now = System.nanoTime();
            double rps = (t.requests() - lastTotal) / ((now - lastNanos) / 1e9);
            lastTotal = t.requests();
            lastNanos = now;
            last = render(r, t, rps, lagMillis.get(), (now - startNanos) / 1_000_000_000L);
        } catch (RuntimeException e) {
            last = "carve: progress unavailable (" + e.getMessage() + ")";
        }
        ticks++;
        if (interactive) {
            err.print("\r\033[2K" + last);
            err.flush();
        } else if (ticks % 5 == 0) {
            err.println(last);
        }
    }

    static String render(RouteStatus r, Totals t, double rps, OptionalLong lag, long seconds) {
        String stage = r.stage().id()
                + (r.stage() == dev.carve.proxy.Stage.CANARY ? String.format(Locale.ROOT, " %.0f%%", r.percent()) : "");
        String diffs = r.shadowCompared() == 0
                ? "0/0"
                : String.format(
                        Locale.ROOT,
                        "%d/%d (%.1f%%)",
                        r.shadowDiffered(),
                        r.shadowCompared(),
                        100.0 * r.shadowDiffered() / r.shadowCompared());
        return String.format(
                Locale.ROOT,
                "[%d:%02d] %s %s | %.0f rps | %d requests, %d errors | diffs %s | lag %s",
                seconds / 60,
                seconds % 60,
                r.name(),
                stage,
                rps,
                t.requests(),
                t.errors(),
                diffs,
                lag.isPresent() ? lag.getAsLong() + " ms" : "-");
    }

    @Override
    public synchronized void close() {
        timer.shutdownNow();
        if (interactive && !last.isEmpty()) {
            err.println();
        }
    }

    /** Requests the proxy answered, all routes, and those that failed (5xx or no response). */
    record Totals(long requests, long errors) {
        static Totals of(String prometheusText) {
            long requests = 0;
            long errors = 0;
            Matcher m = REQUESTS.matcher(prometheusText);
            while (m.find()) {
                long n = (long) Double.parseDouble(m.group(2));
                requests += n;
                if (m.group(1).contains("code=\"5xx\"") || m.group(1).contains("code=\"error\"")) {
                    errors += n;
                }
            }
            return new Totals(requests, errors);
        }
    }
}
