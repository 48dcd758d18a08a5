package dev.carve.cli.demo;

import dev.carve.proxy.Stage;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The demo's outcome. Zero loss means: every request the workload sent through the proxy succeeded, and the sync
 * verified the module's tables with no missing, extra or different rows.
 *
 * @param module the module extracted and moved
 * @param report the HTML report written in the analyze phase
 * @param traffic the workload through the proxy
 * @param readStage the stage the module's read route ended in
 * @param notInThisBuild steps of the full demo this build cannot run, for lack of their Carve piece
 * @param data rows synced and the verification (null when the sync did not run)
 * @param phases time per phase, in order
 */
record DemoSummary(
        String module,
        String report,
        WorkloadOutcome traffic,
        Stage readStage,
        List<String> notInThisBuild,
        DataCheck data,
        long shadowCompared,
        long shadowDiffered,
        Map<String, Duration> phases) {

    /** What the sync copied and what its verification found. */
    DemoSummary {
        notInThisBuild = List.copyOf(notInThisBuild);
    }

    record DataCheck(List<String> tables, long rowsSynced, long missing, long extra, long different) {}

    long failedRequests() {
        return traffic.errors();
    }

    double diffRate() {
        return shadowCompared == 0 ? 0 : (double) shadowDiffered / shadowCompared;
    }

    /** Why zero loss does not hold; empty when it does. */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        if (!traffic.ran()) {
            out.add("the workload could not run: " + traffic.failure());
        } else if (traffic.errors() > 0) {
            out.add(traffic.errors() + " requests failed: " + traffic.failuresByEndpoint());
        }
        if (data != null && data.missing() + data.extra() + data.different() > 0) {
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
        out.println("Carve demo: module '" + module + "'");
        out.printf(
                Locale.ROOT,
                "  requests served    %d (%.0f/s through the proxy)%n",
                traffic.requests(),
                traffic.requestsPerSecond());
        out.printf(Locale.ROOT, "  failed requests    %d%n", traffic.errors());
        traffic.failuresByEndpoint().forEach((k, v) -> out.printf(Locale.ROOT, "    %-44s %d%n", k, v));
        out.printf(
                Locale.ROOT,
                "  shadow diff rate   %.2f%% (%d of %d compared responses differed)%n",
                100 * diffRate(),
                shadowDiffered,
                shadowCompared);
        out.printf(Locale.ROOT, "  read route         '%s' ended in %s%n", module, readStage.id());
        if (data != null) {
            out.printf(Locale.ROOT, "  rows synced        %d (tables %s)%n", data.rowsSynced(), data.tables());
            out.printf(
                    Locale.ROOT,
                    "  verify             %d missing, %d extra, %d different rows%n",
                    data.missing(),
                    data.extra(),
                    data.different());
        }
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
