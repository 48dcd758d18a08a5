package dev.carve.cli.proxy;

import dev.carve.proxy.shadow.DiffStats;
import dev.carve.proxy.shadow.Difference;
import java.io.PrintWriter;
import java.util.Map;

/** Renders a route's shadow comparison snapshot as text. */
final class DiffsText {
    private DiffsText() {}

    static void print(String route, DiffStats.Snapshot d, PrintWriter out) {
        out.printf(
                "%s: %d compared, %d differed; not compared: %d target errors, %d skipped, %d dropped;"
                        + " %d noise-learning replays%n",
                route, d.compared(), d.differed(), d.targetErrors(), d.skipped(), d.dropped(), d.learnedFrom());
        if (!d.noise().isEmpty()) {
            out.println("learned noise (ignored): " + String.join(", ", d.noise()));
        }
        if (!d.topPaths().isEmpty()) {
            out.println("most frequent differences:");
            for (Map.Entry<String, Long> e : d.topPaths().entrySet()) {
                out.println("  " + e.getValue() + "  " + e.getKey());
            }
        }
        if (!d.samples().isEmpty()) {
            out.println("recent samples:");
            for (DiffStats.Sample s : d.samples()) {
                out.println("  " + s.method() + " " + s.uri() + "  legacy " + s.legacyStatus() + ", target "
                        + s.targetStatus());
                for (Difference diff : s.differences()) {
                    out.println("    " + diff.path() + ": " + diff.legacy() + " | " + diff.target());
                }
            }
        }
    }
}
