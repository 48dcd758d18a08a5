package dev.carve.reports.internal;

import static dev.carve.reports.internal.Text.amount;

import dev.carve.analyzer.proposal.ModuleDependency;
import java.util.ArrayList;
import java.util.List;

/** The words every format uses for a module dependency, so the Markdown, diagrams and context map agree. */
public final class Labels {
    private Labels() {}

    /** "3 calls, 1 event, 2 structural, 1 data" (only the kinds present); "depends on" when none is counted. */
    public static String dependency(ModuleDependency d) {
        List<String> parts = synchronous(d);
        if (d.events() > 0) {
            parts.add(d.syncCalls() > 0 ? 1 : 0, amount(d.events(), "event", "events"));
        }
        return parts.isEmpty() ? "depends on" : String.join(", ", parts);
    }

    /** The synchronous kinds only (calls, structural, data, runtime), for diagrams that draw events apart. */
    public static String synchronousOnly(ModuleDependency d) {
        return String.join(", ", synchronous(d));
    }

    private static List<String> synchronous(ModuleDependency d) {
        List<String> parts = new ArrayList<>();
        if (d.syncCalls() > 0) {
            parts.add(amount(d.syncCalls(), "call", "calls"));
        }
        if (d.structural() > 0) {
            parts.add(Text.num(d.structural()) + " structural");
        }
        if (d.data() > 0) {
            parts.add(Text.num(d.data()) + " data");
        }
        if (d.runtimeCalls() > 0) {
            parts.add(amount(d.runtimeCalls(), "runtime call", "runtime calls"));
        }
        return parts;
    }
}
