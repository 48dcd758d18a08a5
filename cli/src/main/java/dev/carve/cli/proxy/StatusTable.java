package dev.carve.cli.proxy;

import dev.carve.proxy.ProxyStatus;
import dev.carve.proxy.RouteStatus;
import dev.carve.proxy.Stage;
import dev.carve.proxy.stage.StageChange;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders the admin API's status as text: one line about the proxy, then an aligned table of routes. */
final class StatusTable {
    private static final String[] HEADER = {
        "ROUTE", "STAGE", "PAUSED", "REQUESTS", "ERRORS", "WINDOW", "ERR%", "P99", "DIFF%", "LAST CHANGE"
    };

    private StatusTable() {}

    static void print(ProxyStatus s, PrintWriter out) {
        out.printf(
                Locale.ROOT,
                "proxy on port %d (%s), up %s, %d open connections%s; last reload: %s%n",
                s.port(),
                s.transport(),
                duration(s.uptimeSeconds()),
                s.openConnections(),
                s.draining() ? ", DRAINING" : "",
                s.lastReload());
        if (s.routes().isEmpty()) {
            out.println("no routes: every request goes to the legacy backend");
            out.flush();
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(HEADER);
        long now = System.currentTimeMillis();
        for (RouteStatus r : s.routes()) {
            RouteStatus.Window w = r.window();
            rows.add(new String[] {
                r.name(),
                stageText(r),
                r.paused() ? "yes" + (r.pauseReason().isBlank() ? "" : " (" + r.pauseReason() + ")") : "no",
                Long.toString(r.requests()),
                Long.toString(r.errors()),
                w.length() + ": " + w.requests(),
                percent(w.errorRate(), w.requests()),
                w.requests() == 0 ? "-" : String.format(Locale.ROOT, "%.1fms", w.p99Millis()),
                percent(w.diffRate(), w.compared()),
                lastChange(r.history(), now)
            });
        }
        int[] width = new int[HEADER.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                width[i] = Math.max(width[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : pad(row[i], width[i] + 2));
            }
            out.println(line.toString().stripTrailing());
        }
        out.flush();
    }

    /** E.g. {@code canary 10%}, {@code new}, {@code shadow}. */
    static String stageText(RouteStatus r) {
        return r.stage() == Stage.CANARY
                ? "canary " + number(r.percent()) + "%"
                : r.stage().id();
    }

    /** One line about a route after a command: its stage now and the change that got it there. */
    static String changed(RouteStatus r) {
        String paused = r.paused() ? " (paused" + (r.pauseReason().isBlank() ? "" : ": " + r.pauseReason()) + ")" : "";
        return r.name() + ": " + stageText(r) + paused;
    }

    private static String lastChange(List<StageChange> history, long now) {
        if (history.isEmpty()) {
            return "-";
        }
        StageChange c = history.get(history.size() - 1);
        String reason = c.reason() == null || c.reason().isBlank() ? "" : ": " + c.reason();
        return duration(Math.max(0, now - c.atMillis()) / 1000) + " ago, "
                + c.from().id() + " -> " + c.to().id() + " by " + c.cause() + reason;
    }

    private static String percent(double rate, long n) {
        return n == 0 ? "-" : String.format(Locale.ROOT, "%.2f", rate * 100);
    }

    private static String number(double d) {
        return d == Math.rint(d) ? Long.toString((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return seconds / 60 + "m" + seconds % 60 + "s";
        }
        return seconds / 3600 + "h" + seconds % 3600 / 60 + "m";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
