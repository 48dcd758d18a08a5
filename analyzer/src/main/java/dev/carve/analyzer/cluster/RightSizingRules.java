package dev.carve.analyzer.cluster;

import dev.carve.analyzer.proposal.RightSizing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Carve's default "service or module" verdict for one module, from its evidence alone (docs/boundaries.md, section
 * "Right-sizing", states the same rules). The first rule that applies decides:
 *
 * <ol>
 *   <li>{@code merge} with its strongest partner when it has fewer than {@value #MERGE_BELOW_CLASSES} classes;
 *   <li>{@code merge} when it has at most {@value #SMALL_CLASSES} classes, more than half of its crossing coupling is
 *       with one partner and that partner is its only synchronous one;
 *   <li>{@code merge} when at least {@value #CHANGE_COUPLING_MERGE} of its co-change weight crosses its boundary and
 *       more than half of that is with one module: they change together, so two owners would collide;
 *   <li>{@code extract-service} when nothing ties it in: in no dependency cycle, no table shared with another module,
 *       no business transaction writing its tables and another module's, an entry point of its own, at least
 *       {@value #SERVICE_MIN_CLASSES} classes, incoming coupling at most its outgoing coupling plus its size (it is not
 *       on every other module's path), at most {@value #HOT_PATH_SHARE_MAX} of its runtime call volume crossing its
 *       boundary (when traced) and at most {@value #CHANGE_COUPLING_MAX} of its co-change crossing it (when history
 *       exists);
 *   <li>{@code modulith-module} otherwise, naming every condition that kept it in.
 * </ol>
 */
final class RightSizingRules {
    static final int MERGE_BELOW_CLASSES = 3;
    static final int SMALL_CLASSES = 5;
    static final int SERVICE_MIN_CLASSES = 5;
    static final double CHANGE_COUPLING_MERGE = 0.5;
    static final double CHANGE_COUPLING_MAX = 0.3;
    static final double HOT_PATH_SHARE_MAX = 0.3;
    static final double DISTINCT_LOAD = 0.2;

    private RightSizingRules() {}

    /**
     * What is known about one module.
     *
     * @param syncPartners modules it calls or is called by synchronously
     * @param changePartner the module it shares most co-change weight with (empty without history)
     * @param changePartnerShare that module's share of its crossing co-change weight
     * @param hasRuntime whether runtime data exists for the graph
     * @param hasHistory whether co-change data exists for the graph
     */
    record Evidence(
            int classes,
            int linesOfCode,
            double couplingIn,
            double couplingOut,
            double syncCallsIn,
            int dependents,
            int dependencies,
            int sharedTables,
            int crossModuleTransactions,
            boolean inCycle,
            int entryPoints,
            double syncCallsOnHotPaths,
            double hotPathShare,
            double runtimeLoad,
            double changeCoupling,
            String partner,
            double partnerShare,
            Set<String> syncPartners,
            String changePartner,
            double changePartnerShare,
            boolean hasRuntime,
            boolean hasHistory) {}

    static RightSizing decide(Evidence e) {
        List<String> reasons = new ArrayList<>();
        String verdict;
        String mergeWith = "";
        boolean hasPartner = !e.partner().isEmpty();
        if (e.classes() < MERGE_BELOW_CLASSES && hasPartner) {
            verdict = RightSizing.MERGE;
            mergeWith = e.partner();
            reasons.add("only " + e.classes() + " classes: too small to own and deploy on its own; " + e.partner()
                    + " has " + percent(e.partnerShare()) + " of its coupling");
        } else if (e.classes() <= SMALL_CLASSES
                && hasPartner
                && e.partnerShare() > 0.5
                && e.syncPartners().equals(Set.of(e.partner()))) {
            verdict = RightSizing.MERGE;
            mergeWith = e.partner();
            reasons.add("small (" + e.classes() + " classes), " + percent(e.partnerShare())
                    + " of its coupling is with " + e.partner() + ", its only synchronous partner");
        } else if (e.hasHistory()
                && e.changeCoupling() >= CHANGE_COUPLING_MERGE
                && !e.changePartner().isEmpty()
                && e.changePartnerShare() > 0.5) {
            verdict = RightSizing.MERGE;
            mergeWith = e.changePartner();
            reasons.add(percent(e.changeCoupling()) + " of its co-change weight crosses its boundary, mostly with "
                    + e.changePartner() + ": they change together, so separate owners would collide");
        } else {
            List<String> against = against(e);
            if (against.isEmpty()) {
                verdict = RightSizing.EXTRACT_SERVICE;
                reasons.addAll(forService(e));
            } else {
                verdict = RightSizing.MODULITH_MODULE;
                reasons.addAll(against);
            }
        }
        return new RightSizing(
                e.classes(),
                e.linesOfCode(),
                MetricValues.round(e.couplingIn()),
                MetricValues.round(e.couplingOut()),
                e.dependents(),
                e.dependencies(),
                e.sharedTables(),
                e.crossModuleTransactions(),
                MetricValues.round(e.syncCallsOnHotPaths()),
                MetricValues.round(e.changeCoupling()),
                MetricValues.round(e.runtimeLoad()),
                e.entryPoints(),
                verdict,
                mergeWith,
                reasons,
                MetricValues.round(e.syncCallsIn()),
                MetricValues.round(e.hotPathShare()),
                e.partner(),
                MetricValues.round(e.partnerShare()),
                e.inCycle());
    }

    /** Every condition that keeps the module inside the monolith; empty when it may become a service. */
    private static List<String> against(Evidence e) {
        List<String> out = new ArrayList<>();
        if (e.inCycle()) {
            out.add("in a dependency cycle: extracting it would put network calls in both directions");
        }
        if (e.sharedTables() > 0) {
            out.add("shares " + e.sharedTables() + " table(s) with other modules: its data is not its own yet");
        }
        if (e.crossModuleTransactions() > 0) {
            out.add(e.crossModuleTransactions() + " business transaction(s) write its tables and another module's:"
                    + " a service boundary would split them");
        }
        if (e.entryPoints() == 0) {
            out.add("no entry point of its own: it is only reached through other modules");
        }
        if (e.classes() < SERVICE_MIN_CLASSES) {
            out.add("small (" + e.classes() + " classes): a deployment of its own would cost more than it gives");
        }
        if (e.couplingIn() > e.couplingOut() + e.classes()) {
            out.add("many dependencies into it (" + Math.round(e.couplingIn()) + " against "
                    + Math.round(e.couplingOut())
                    + " out): it sits on other modules' paths, every one would become a network call");
        }
        if (e.hasRuntime() && e.hotPathShare() > HOT_PATH_SHARE_MAX) {
            out.add(percent(e.hotPathShare()) + " of its runtime call volume crosses its boundary: hot paths would go"
                    + " over the network");
        }
        if (e.hasHistory() && e.changeCoupling() > CHANGE_COUPLING_MAX) {
            out.add(percent(e.changeCoupling()) + " of its co-changes involve other modules: it does not evolve"
                    + " on its own");
        }
        return out;
    }

    private static List<String> forService(Evidence e) {
        List<String> out = new ArrayList<>();
        out.add("in no dependency cycle, shares no table, no transaction spans it and another module");
        out.add(e.entryPoints() + " entry point(s) of its own; incoming coupling " + Math.round(e.couplingIn())
                + " is low for its size (" + e.classes() + " classes, " + Math.round(e.couplingOut()) + " out)");
        if (e.hasRuntime()) {
            out.add("only " + percent(e.hotPathShare()) + " of its runtime call volume crosses its boundary");
            if (e.runtimeLoad() >= DISTINCT_LOAD) {
                out.add("touched by " + percent(e.runtimeLoad()) + " of recorded invocations: a distinct load that"
                        + " could scale on its own");
            }
        }
        if (e.hasHistory()) {
            out.add("changes mostly on its own (" + percent(e.changeCoupling()) + " of its co-changes cross)");
        }
        return out;
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
