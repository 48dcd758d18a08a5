package dev.carve.cli;

import dev.carve.analyzer.Progress;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Draws progress on stderr: a redrawn bar when stderr is a terminal, one line per phase otherwise (CI logs), and
 * nothing with {@code --quiet}. Never writes to stdout, which belongs to machine-readable output.
 */
public final class TerminalProgress implements Progress {
    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final boolean interactive;
    private final boolean quiet;
    private final AtomicLong done = new AtomicLong();
    private volatile String phase = "";
    private volatile long total = -1;
    private volatile long lastDraw;
    private volatile long phaseStart;

    public TerminalProgress(PrintStream err, boolean interactive, boolean quiet) {
        this.err = err;
        this.interactive = interactive;
        this.quiet = quiet;
    }

    /** For the real terminal: interactive when a console is attached. */
    public static TerminalProgress forStderr(boolean quiet) {
        return new TerminalProgress(System.err, System.console() != null, quiet);
    }

    @Override
    public synchronized void phase(String name, long total) {
        finishLine();
        this.phase = name;
        this.total = total;
        this.done.set(0);
        this.phaseStart = System.nanoTime();
        if (quiet) {
            return;
        }
        if (interactive) {
            draw(true);
        } else {
            err.println("carve: " + name + (total > 0 ? " (" + total + ")" : "") + "...");
        }
    }

    @Override
    public void advance(long n) {
        done.addAndGet(n);
        if (interactive && !quiet && System.nanoTime() - lastDraw > REDRAW_NANOS) {
            draw(false);
        }
    }

    @Override
    public synchronized void done() {
        finishLine();
    }

    @Override
    public synchronized void note(String message) {
        if (quiet) {
            return;
        }
        if (interactive) {
            err.print("\r\033[2K");
        }
        err.println(message);
        if (interactive && !phase.isEmpty()) {
            draw(true);
        }
    }

    private synchronized void draw(boolean force) {
        long now = System.nanoTime();
        if (!force && now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        long d = done.get();
        StringBuilder line = new StringBuilder("\r\033[2K").append(phase).append(' ');
        if (total > 0) {
            int filled = (int) Math.min(WIDTH, d * WIDTH / total);
            line.append('[')
                    .append("#".repeat(filled))
                    .append(" ".repeat(WIDTH - filled))
                    .append("] ");
            line.append(d).append('/').append(total);
        } else {
            line.append(d);
        }
        line.append(String.format(" %.1fs", (now - phaseStart) / 1e9));
        err.print(line);
        err.flush();
    }

    private void finishLine() {
        if (interactive && !quiet && !phase.isEmpty()) {
            draw(true);
            err.println();
        }
        phase = "";
    }
}
