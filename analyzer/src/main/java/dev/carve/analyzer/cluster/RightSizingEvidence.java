package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.proposal.RightSizing;
import dev.carve.analyzer.proposal.TableOwnership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The evidence for "service or module" per module, and Carve's default verdict (docs/boundaries.md):
 *
 * <ul>
 *   <li>{@code merge} with X: it has fewer than 3 classes, or at most 5 and more than half of its outgoing coupling
 *       goes to X while X is its only synchronous partner;
 *   <li>{@code extract-service}: not in a dependency cycle, shares no table, no business transaction writes its tables
 *       and another module's, it has an entry point, and its incoming synchronous coupling is at most its outgoing
 *       plus its internal size (it does not sit on everyone's call path);
 *   <li>{@code modulith-module} otherwise.
 * </ul>
 */
final class RightSizingEvidence {
    private RightSizingEvidence() {}

    static Map<String, RightSizing> assess(
            Boundaries b,
            Map<String, List<String>> members,
            CrossingEdges crossing,
            Map<String, List<List<String>>> cycles,
            List<TableOwnership> tables,
            Map<String, List<String>> entryPoints) {
        Map<String, String> tableOwner = new HashMap<>();
        tables.forEach(t -> tableOwner.put(t.table(), t.owner()));
        double totalInvocations = b.code().contexts().stream()
                .mapToDouble(BusinessContext::invocations)
                .sum();
        Map<String, double[]> coChange = new HashMap<>(); // module -> {crossing, total}
        for (Dependency d : b.code().dependencies()) {
            if (d.kind() != DependencyKind.CO_CHANGE) {
                continue;
            }
            String mf = b.moduleOf(d.from());
            String mt = b.moduleOf(d.to());
            for (String m : new String[] {mf, mt}) {
                if (m != null) {
                    double[] v = coChange.computeIfAbsent(m, k -> new double[2]);
                    v[1] += d.weight();
                    if (mf == null || !mf.equals(mt)) {
                        v[0] += d.weight();
                    }
                }
            }
        }
        Map<String, RightSizing> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            String m = e.getKey();
            Set<String> own = new TreeSet<>(e.getValue());
            double in = 0;
            double out1 = 0;
            double hot = 0;
            Map<String, Double> outByTarget = new HashMap<>();
            for (String src : crossing.sources(m)) {
                for (CrossingEdges.Edge x : crossing.edges(src, m)) {
                    if (x.kind.equals(CrossingEdges.RUNTIME)) {
                        hot += x.count;
                    } else {
                        in += x.count;
                    }
                }
            }
            for (String dst : crossing.targets(m)) {
                for (CrossingEdges.Edge x : crossing.edges(m, dst)) {
                    if (x.kind.equals(CrossingEdges.RUNTIME)) {
                        hot += x.count;
                    } else {
                        out1 += x.count;
                        outByTarget.merge(dst, x.count, Double::sum);
                    }
                }
            }
            int shared = (int) tables.stream()
                    .filter(t -> t.shared()
                            && (t.owner().equals(m)
                                    || t.writers().stream()
                                            .anyMatch(a -> a.module().equals(m))
                                    || t.readers().stream()
                                            .anyMatch(a -> a.module().equals(m))))
                    .count();
            int transactions = 0;
            double load = 0;
            for (BusinessContext c : b.code().contexts()) {
                Set<String> owners = new TreeSet<>();
                c.tablesWritten().forEach(t -> owners.add(tableOwner.getOrDefault(t, "")));
                owners.remove("");
                if (owners.contains(m) && owners.size() > 1) {
                    transactions++;
                }
                if (c.classes().stream().anyMatch(own::contains)) {
                    load += c.invocations();
                }
            }
            int loc = own.stream()
                    .mapToInt(c -> b.code().type(c).map(t -> t.linesOfCode()).orElse(0))
                    .sum();
            double[] cc = coChange.getOrDefault(m, new double[2]);
            boolean inCycle = !cycles.getOrDefault(m, List.of()).isEmpty();
            int entries = entryPoints.getOrDefault(m, List.of()).size();
            List<String> reasons = new ArrayList<>();
            String verdict;
            String mergeWith = "";
            String topTarget = outByTarget.entrySet().stream()
                    .max(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .map(Map.Entry::getKey)
                    .orElse("");
            if (own.size() < 3 && !topTarget.isEmpty()) {
                verdict = RightSizing.MERGE;
                mergeWith = topTarget;
                reasons.add("only " + own.size() + " classes: too small to own and deploy on its own");
            } else if (own.size() <= 5
                    && !topTarget.isEmpty()
                    && outByTarget.get(topTarget) > out1 / 2
                    && outByTarget.size() == 1) {
                verdict = RightSizing.MERGE;
                mergeWith = topTarget;
                reasons.add("small (" + own.size() + " classes) and all its outgoing coupling goes to " + topTarget);
            } else if (!inCycle && shared == 0 && transactions == 0 && entries > 0 && in <= out1 + own.size()) {
                verdict = RightSizing.EXTRACT_SERVICE;
                reasons.add("in no dependency cycle, shares no table, no transaction spans it and another module");
                reasons.add(entries + " entry points of its own; incoming coupling " + Math.round(in)
                        + " is low for its size");
            } else {
                verdict = RightSizing.MODULITH_MODULE;
                if (inCycle) {
                    reasons.add("in a dependency cycle: extracting it would put network calls in both directions");
                }
                if (shared > 0) {
                    reasons.add("shares " + shared + " tables with other modules");
                }
                if (transactions > 0) {
                    reasons.add(transactions + " business transactions write its tables and another module's");
                }
                if (entries == 0) {
                    reasons.add("no entry point of its own: it is only reached through other modules");
                }
                if (in > out1 + own.size()) {
                    reasons.add("many dependencies into it (" + Math.round(in) + "): it sits on other modules' paths");
                }
            }
            out.put(
                    m,
                    new RightSizing(
                            own.size(),
                            loc,
                            in,
                            out1,
                            crossing.sources(m).size(),
                            crossing.targets(m).size(),
                            shared,
                            transactions,
                            hot,
                            cc[1] == 0 ? 0 : MetricValues.round(cc[0] / cc[1]),
                            totalInvocations == 0 ? 0 : MetricValues.round(load / totalInvocations),
                            entries,
                            verdict,
                            mergeWith,
                            reasons));
        }
        return out;
    }
}
