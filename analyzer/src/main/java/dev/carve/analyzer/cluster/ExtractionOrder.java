package dev.carve.analyzer.cluster;

import dev.carve.analyzer.proposal.ExtractionStep;
import dev.carve.analyzer.proposal.TableOwnership;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Ranks modules from easiest to hardest to extract. Difficulty = ln(1 + incoming dependency occurrences) + 2 × shared
 * tables + 3 if it is in a dependency cycle + classes / 20; every crossing is listed as a concrete cut: synchronous
 * calls and type uses become an API, events stay events, dependencies on the shared kernel become a shared library,
 * other modules' access to its tables becomes a data API or CDC replica.
 */
final class ExtractionOrder {
    private static final int MAX_CUTS = 100;

    private ExtractionOrder() {}

    static double difficulty(double incoming, int sharedTables, boolean inCycle, int classes) {
        return Math.log1p(incoming) + 2.0 * sharedTables + (inCycle ? 3.0 : 0.0) + classes / 20.0;
    }

    static List<ExtractionStep> rank(
            Map<String, List<String>> members,
            CrossingEdges crossing,
            Map<String, List<List<String>>> cycles,
            List<TableOwnership> tables,
            Set<String> kernel) {
        List<ExtractionStep> steps = new ArrayList<>();
        for (String m : members.keySet()) {
            double incoming = 0;
            List<ExtractionStep.Cut> cuts = new ArrayList<>();
            for (String src : crossing.sources(m)) {
                for (CrossingEdges.Edge e : crossing.edges(src, m)) {
                    if (!e.kind.equals(CrossingEdges.RUNTIME)) {
                        incoming += e.count;
                    }
                    cuts.add(cut(e, src, m, kernel));
                }
            }
            for (String dst : crossing.targets(m)) {
                for (CrossingEdges.Edge e : crossing.edges(m, dst)) {
                    cuts.add(cut(e, m, dst, kernel));
                }
            }
            int shared = 0;
            for (TableOwnership t : tables) {
                boolean touches = t.owner().equals(m)
                        || t.writers().stream().anyMatch(a -> a.module().equals(m))
                        || t.readers().stream().anyMatch(a -> a.module().equals(m));
                if (!t.shared() || !touches) {
                    continue;
                }
                shared++;
                List<TableOwnership.Access> others = new ArrayList<>(t.writers());
                others.addAll(t.readers());
                for (TableOwnership.Access a : others) {
                    if (a.module().equals(t.owner())) {
                        continue;
                    }
                    String action = t.resolution().equals(TableOwnership.CDC_REPLICATION)
                            ? TableOwnership.CDC_REPLICATION
                            : "data-api";
                    cuts.add(new ExtractionStep.Cut(
                            action,
                            a.module(),
                            t.table(),
                            a.module(),
                            t.owner(),
                            a.classes().size(),
                            List.of(),
                            a.classes().size() + " classes of " + a.module() + " use table " + t.table() + " owned by "
                                    + t.owner() + ": " + t.reason()));
                }
            }
            cuts.sort(Comparator.comparingDouble((ExtractionStep.Cut c) -> -c.count())
                    .thenComparing(ExtractionStep.Cut::text));
            Set<String> with = new TreeSet<>();
            cycles.getOrDefault(m, List.of()).forEach(with::addAll);
            with.remove(m);
            int classes = members.get(m).size();
            steps.add(new ExtractionStep(
                    0,
                    m,
                    MetricValues.round(difficulty(incoming, shared, !with.isEmpty(), classes)),
                    incoming,
                    shared,
                    new ArrayList<>(with),
                    classes,
                    cuts.subList(0, Math.min(MAX_CUTS, cuts.size()))));
        }
        steps.sort(Comparator.comparingDouble(ExtractionStep::difficulty).thenComparing(ExtractionStep::module));
        List<ExtractionStep> ranked = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            ExtractionStep s = steps.get(i);
            ranked.add(new ExtractionStep(
                    i + 1,
                    s.module(),
                    s.difficulty(),
                    s.incomingDependencies(),
                    s.sharedTables(),
                    s.cycleWith(),
                    s.classes(),
                    s.cuts()));
        }
        return ranked;
    }

    private static ExtractionStep.Cut cut(
            CrossingEdges.Edge e, String fromModule, String toModule, Set<String> kernel) {
        String action;
        String what;
        long n = Math.round(e.count);
        String f = Boundaries.simple(e.from);
        String t = Boundaries.simple(e.to);
        if (kernel.contains(e.to)) {
            action = "shared-library";
            what = n + " uses of " + t + " by " + f + " go through the shared library";
        } else if (e.kind.equals(CrossingEdges.EVENT)) {
            action = "event";
            what = n + " event flows from " + f + " to " + t + " must go through a message broker";
        } else if (e.kind.equals(CrossingEdges.SYNC) || e.kind.equals(CrossingEdges.RUNTIME)) {
            action = "api";
            what = n + (e.kind.equals(CrossingEdges.RUNTIME) ? " observed calls" : " calls") + " from " + f + " into "
                    + t + " must go through an API";
        } else if (e.kind.equals(CrossingEdges.DATA)) {
            action = "api";
            what = n + " entity relations from " + f + " to " + t + " must become references by id, loaded through an"
                    + " API";
        } else {
            action = "api";
            what = n + " type uses of " + t + " in " + f + " must use an API type (DTO) instead";
        }
        return new ExtractionStep.Cut(
                action, e.from, e.to, fromModule, toModule, e.count, List.copyOf(e.members), what);
    }
}
