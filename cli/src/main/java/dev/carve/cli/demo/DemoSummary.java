package dev.carve.cli.demo;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's outcome. Zero loss means: every request the workload sent through the proxy succeeded (with the fault
 * drill: every idempotent one, as a non-idempotent request the killed service may have taken cannot be retried
 * safely), and the sync's verification found no missing, extra or different rows in the module's tables.
 *
 * @param module the module extracted and moved
 * @param report the HTML report written in the analyze phase
 * @param traffic the workload through the proxy
 * @param routes the stage each of the module's routes ended in, by route
 * @param rollbacks the gates' rollbacks ("route: canary 50% -> shadow (why)")
 * @param chaos whether the fault drill ran, and when it killed the service
 * @param data rows synced and the verification
 * @param phases time per phase, in order
 * @param notInThisBuild steps of the full demo this build cannot run as they will be, for lack of their piece
 */
record DemoSummary(
        String module,
        String report,
        WorkloadOutcome traffic,
        Map<String, String> routes,
        List<String> rollbacks,
        Chaos chaos,
        DataCheck data,
        long shadowCompared,
        long shadowDiffered,
        Map<String, Duration> phases,
        List<String> notInThisBuild) {

    DemoSummary {
        notInThisBuild = List.copyOf(notInThisBuild);
        routes = Collections.unmodifiableMap(new LinkedHashMap<>(routes)); // in route order
        rollbacks = List.copyOf(rollbacks);
    }

    /** The fault drill: whether it ran and when it killed the service (seconds into the traffic). */
    record Chaos(boolean ran, long killedAtSeconds) {
        static final Chaos NONE = new Chaos(false, -1);
    }

    /**
     * What the sync copied and what its verification found.
     *
     * @param tables the module's tables
     * @param rows rows of those tables on the legacy side at the end (each compared with the new side)
     * @param changesApplied changes the sync applied, both directions (snapshot rows included)
     * @param rowsFromNewSide rows the new service created (keys in its range), found on the legacy side
     * @param echoesSuppressed changes not copied back because the sync itself had written them
     */
    record DataCheck(
            List<String> tables,
            long rows,
            long changesApplied,
            long rowsFromNewSide,
            long echoesSuppressed,
            long missing,
            long extra,
            long different) {
        DataCheck {
            tables = List.copyOf(tables);
        }

        boolean clean() {
            return missing + extra + different == 0;
        }
    }

    double diffRate() {
        return shadowCompared == 0 ? 0 : (double) shadowDiffered / shadowCompared;
    }

    /** Failed requests that count: all of them, or with the fault drill the idempotent ones. */
    long countedFailures() {
        return chaos.ran() ? traffic.failedIdempotent() : traffic.errors();
    }

    /** Why zero loss does not hold; empty when it does. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!traffic.ran()) {
            out.add("the workload could not run: " + traffic.failure());
        } else if (countedFailures() > 0) {
            out.add((chaos.ran()
                            ? countedFailures() + " idempotent requests failed: "
                            : traffic.errors() + " requests failed: ")
                    + traffic.failuresByEndpoint());
        }
        if (chaos.ran() && rollbacks.isEmpty()) {
            out.add("the new service was killed but no gate rolled a route back");
        }
        if (!data.clean()) {
            out.add("the data differs: " + data.missing() + " missing, " + data.extra() + " extra, " + data.different()
                    + " different rows");
        }
        return out;
    }

    boolean zeroLoss() {
        return problems().isEmpty();
    }

    void render(PrintWriter out) {
        out.println();
        out.println("Carve demo: module '" + module + "' extracted as a service");
        out.printf(
                Locale.ROOT,
                "  requests served    %d (%.0f/s through the proxy)%n",
                traffic.requests(),
                traffic.requestsPerSecond());
        out.printf(
                Locale.ROOT, "  failed requests    %d (%d idempotent)%n", traffic.errors(), traffic.failedIdempotent());
        traffic.failuresByEndpoint().forEach((k, v) -> out.printf(Locale.ROOT, "    %-44s %d%n", k, v));
        out.printf(
                Locale.ROOT,
                "  shadow diff rate   %.2f%% (%d of %d compared responses differed)%n",
                100 * diffRate(),
                shadowDiffered,
                shadowCompared);
        List<String> ended = new ArrayList<>();
        routes.forEach((r, s) -> ended.add(r + " " + s));
        out.println("  routes ended in    " + String.join(", ", ended));
        if (chaos.ran()) {
            out.printf(
                    Locale.ROOT,
                    "  fault drill        the new service was killed %d s into the traffic%n",
                    chaos.killedAtSeconds());
        }
        out.println("  gate rollbacks     " + (rollbacks.isEmpty() ? "none" : String.join("; ", rollbacks)));
        out.printf(
                Locale.ROOT,
                "  rows synced        %d changes applied, both ways (tables %s; %d echoes suppressed)%n",
                data.changesApplied(),
                data.tables(),
                data.echoesSuppressed());
        out.printf(
                Locale.ROOT,
                "  written on new     %d rows created by the service, copied back to legacy%n",
                data.rowsFromNewSide());
        out.printf(
                Locale.ROOT,
                "  verify             %d rows compared: %d missing, %d extra, %d different%n",
                data.rows(),
                data.missing(),
                data.extra(),
                data.different());
        out.println("  report             " + report);
        out.print("  time per phase    ");
        Duration total = Duration.ZERO;
        for (Map.Entry<String, Duration> e : phases.entrySet()) {
            out.printf(Locale.ROOT, " %s %.1f s,", e.getKey(), e.getValue().toMillis() / 1000.0);
            total = total.plus(e.getValue());
        }
        out.printf(Locale.ROOT, " total %.1f s%n", total.toMillis() / 1000.0);
        notInThisBuild.forEach(m -> out.println("  not in this build: " + m));
        List<String> problems = problems();
        out.println(problems.isEmpty() ? "ZERO LOSS: yes" : "ZERO LOSS: NO - " + String.join("; ", problems));
        out.flush();
    }
}
