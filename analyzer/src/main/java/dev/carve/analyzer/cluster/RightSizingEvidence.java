package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.proposal.RightSizing;
import dev.carve.analyzer.proposal.TableOwnership;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Gathers, per module, the evidence for "service or module" from the final boundaries — coupling in and out by kind
 * and partner, shared tables, transactions spanning modules, runtime volume crossing the boundary, change coupling,
 * size and load — and lets {@link RightSizingRules} decide.
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
        // module -> partner ("" = inside) -> co-change weight; module -> runtime volume inside
        Map<String, Map<String, Double>> coChange = new HashMap<>();
        Map<String, Double> runtimeInside = new HashMap<>();
        boolean hasHistory = false;
        for (Dependency d : b.code().dependencies()) {
            String mf = b.moduleOf(d.from());
            String mt = b.moduleOf(d.to());
            if (d.kind() == DependencyKind.CO_CHANGE) {
                hasHistory = true;
                if (mf != null) {
                    coChange.computeIfAbsent(mf, k -> new TreeMap<>()).merge(other(mf, mt), d.weight(), Double::sum);
                }
                if (mt != null && !mt.equals(mf)) {
                    coChange.computeIfAbsent(mt, k -> new TreeMap<>()).merge(other(mt, mf), d.weight(), Double::sum);
                }
            } else if (d.kind().category() == DependencyKind.Category.RUNTIME && mf != null && mf.equals(mt)) {
                runtimeInside.merge(mf, d.weight(), Double::sum);
            }
        }
        boolean hasRuntime = b.code().hasRuntimeData();
        Map<String, RightSizing> out = new HashMap<>();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            String m = e.getKey();
            Set<String> own = new TreeSet<>(e.getValue());
            Coupling c = coupling(m, crossing);
            int shared = (int)
                    tables.stream().filter(t -> t.shared() && touches(t, m)).count();
            int transactions = 0;
            double load = 0;
            for (BusinessContext ctx : b.code().contexts()) {
                Set<String> owners = new TreeSet<>();
                ctx.tablesWritten().forEach(t -> owners.add(tableOwner.getOrDefault(t, "")));
                owners.remove("");
                if (owners.contains(m) && owners.size() > 1) {
                    transactions++;
                }
                if (ctx.classes().stream().anyMatch(own::contains)) {
                    load += ctx.invocations();
                }
            }
            int loc = own.stream()
                    .mapToInt(x -> b.code().type(x).map(t -> t.linesOfCode()).orElse(0))
                    .sum();
            Map<String, Double> cc = coChange.getOrDefault(m, Map.of());
            double ccTotal =
                    cc.values().stream().mapToDouble(Double::doubleValue).sum();
            double ccCrossing = ccTotal - cc.getOrDefault("", 0.0);
            String changePartner = strongest(cc);
            double inside = runtimeInside.getOrDefault(m, 0.0);
            RightSizingRules.Evidence evidence = new RightSizingRules.Evidence(
                    own.size(),
                    loc,
                    c.in,
                    c.out,
                    c.syncIn,
                    crossing.sources(m).size(),
                    crossing.targets(m).size(),
                    shared,
                    transactions,
                    !cycles.getOrDefault(m, List.of()).isEmpty(),
                    entryPoints.getOrDefault(m, List.of()).size(),
                    c.hot,
                    c.hot + inside == 0 ? 0 : c.hot / (c.hot + inside),
                    totalInvocations == 0 ? 0 : load / totalInvocations,
                    ccTotal == 0 ? 0 : ccCrossing / ccTotal,
                    strongest(c.byPartner),
                    c.in + c.out == 0 ? 0 : c.byPartner.getOrDefault(strongest(c.byPartner), 0.0) / (c.in + c.out),
                    c.syncPartners,
                    changePartner,
                    ccCrossing == 0 ? 0 : cc.getOrDefault(changePartner, 0.0) / ccCrossing,
                    hasRuntime,
                    hasHistory);
            out.put(m, RightSizingRules.decide(evidence));
        }
        return out;
    }

    /** Static coupling across one module's boundary, by partner; runtime volume apart. */
    private static final class Coupling {
        double in;
        double out;
        double syncIn;
        double hot;
        final Map<String, Double> byPartner = new TreeMap<>();
        final Set<String> syncPartners = new TreeSet<>();
    }

    private static Coupling coupling(String m, CrossingEdges crossing) {
        Coupling c = new Coupling();
        for (String src : crossing.sources(m)) {
            for (CrossingEdges.Edge x : crossing.edges(src, m)) {
                if (x.kind.equals(CrossingEdges.RUNTIME)) {
                    c.hot += x.count;
                    continue;
                }
                c.in += x.count;
                c.byPartner.merge(src, x.count, Double::sum);
                if (x.kind.equals(CrossingEdges.SYNC)) {
                    c.syncIn += x.count;
                    c.syncPartners.add(src);
                }
            }
        }
        for (String dst : crossing.targets(m)) {
            for (CrossingEdges.Edge x : crossing.edges(m, dst)) {
                if (x.kind.equals(CrossingEdges.RUNTIME)) {
                    c.hot += x.count;
                    continue;
                }
                c.out += x.count;
                c.byPartner.merge(dst, x.count, Double::sum);
                if (x.kind.equals(CrossingEdges.SYNC)) {
                    c.syncPartners.add(dst);
                }
            }
        }
        return c;
    }

    private static boolean touches(TableOwnership t, String m) {
        return t.owner().equals(m)
                || t.writers().stream().anyMatch(a -> a.module().equals(m))
                || t.readers().stream().anyMatch(a -> a.module().equals(m));
    }

    private static String other(String self, String other) {
        return other == null || other.equals(self) ? "" : other;
    }

    /** The key with the largest value other than "" (inside), ties by name; "" when none. */
    private static String strongest(Map<String, Double> byPartner) {
        String best = "";
        double bestValue = 0;
        for (Map.Entry<String, Double> e : byPartner.entrySet()) {
            if (!e.getKey().isEmpty() && e.getValue() > bestValue) {
                best = e.getKey();
                bestValue = e.getValue();
            }
        }
        return best;
    }
}
