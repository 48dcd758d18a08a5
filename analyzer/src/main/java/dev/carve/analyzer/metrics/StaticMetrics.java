package dev.carve.analyzer.metrics;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.TableAccess;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Metrics that need no runtime data: Newman modularity of the static dependency graph, static coupling and cohesion,
 * and how cleanly tables belong to one module. Only dependencies between classes of the decomposition count; runtime
 * calls and co-change are left out (they are scored by {@link RuntimeMetrics} and are not code structure).
 */
public final class StaticMetrics {
    private StaticMetrics() {}

    /** Scores a decomposition against a graph's static facts; NaN where the graph has nothing to measure. */
    public static StaticScores score(Decomposition d, CodeGraph graph) {
        Map<List<String>, Double> edges = staticEdges(d, graph);
        return new StaticScores(
                modularity(d, edges),
                coupling(d, edges),
                cohesion(d, edges),
                tablePurity(d, graph, false),
                tablePurity(d, graph, true),
                edges.size());
    }

    /** Directed class-to-class static dependency weight (all kinds but runtime and co-change), self loops left out. */
    static Map<List<String>, Double> staticEdges(Decomposition d, CodeGraph graph) {
        Map<List<String>, Double> edges = new HashMap<>();
        for (Dependency dep : graph.dependencies()) {
            DependencyKind.Category c = dep.kind().category();
            if (c == DependencyKind.Category.RUNTIME || c == DependencyKind.Category.EVOLUTION) {
                continue;
            }
            if (dep.from().equals(dep.to()) || !d.contains(dep.from()) || !d.contains(dep.to())) {
                continue;
            }
            edges.merge(List.of(dep.from(), dep.to()), dep.weight(), Double::sum);
        }
        return edges;
    }

    /** Newman modularity Q of the undirected weighted graph (resolution 1). Higher is better; in [-0.5, 1). */
    static double modularity(Decomposition d, Map<List<String>, Double> edges) {
        double m = edges.values().stream().mapToDouble(Double::doubleValue).sum();
        if (m == 0) {
            return Double.NaN;
        }
        Map<String, Double> internal = new HashMap<>();
        Map<String, Double> degree = new HashMap<>();
        edges.forEach((e, w) -> {
            String a = d.moduleOf(e.get(0));
            String b = d.moduleOf(e.get(1));
            degree.merge(a, w, Double::sum);
            degree.merge(b, w, Double::sum);
            if (a.equals(b)) {
                internal.merge(a, w, Double::sum);
            }
        });
        double q = 0;
        for (String module : d.modules().keySet()) {
            double lc = internal.getOrDefault(module, 0.0);
            double dc = degree.getOrDefault(module, 0.0);
            q += lc / m - (dc / (2 * m)) * (dc / (2 * m));
        }
        return q;
    }

    /** Share of static dependency weight that crosses modules. Lower is better. */
    static double coupling(Decomposition d, Map<List<String>, Double> edges) {
        double total = 0;
        double cross = 0;
        for (Map.Entry<List<String>, Double> e : edges.entrySet()) {
            total += e.getValue();
            if (!d.moduleOf(e.getKey().get(0)).equals(d.moduleOf(e.getKey().get(1)))) {
                cross += e.getValue();
            }
        }
        return total == 0 ? Double.NaN : cross / total;
    }

    /** Mean over modules of the share of their classes' outgoing dependency weight that stays inside. Higher is better. */
    static double cohesion(Decomposition d, Map<List<String>, Double> edges) {
        Map<String, Double> out = new HashMap<>();
        Map<String, Double> in = new HashMap<>();
        edges.forEach((e, w) -> {
            String a = d.moduleOf(e.get(0));
            out.merge(a, w, Double::sum);
            if (a.equals(d.moduleOf(e.get(1)))) {
                in.merge(a, w, Double::sum);
            }
        });
        if (out.isEmpty()) {
            return Double.NaN;
        }
        return out.entrySet().stream()
                .mapToDouble(e -> in.getOrDefault(e.getKey(), 0.0) / e.getValue())
                .average()
                .orElse(Double.NaN);
    }

    /**
     * Mean over tables of the share of their accessing classes that sit in the table's majority module; with
     * {@code writesOnly} only writers count. 1 means every table is touched by one module only.
     */
    static double tablePurity(Decomposition d, CodeGraph graph, boolean writesOnly) {
        Map<String, Map<String, Set<String>>> byTable = new HashMap<>();
        for (TableAccess a : graph.tableAccesses()) {
            if ((writesOnly && a.access() != AccessKind.WRITE) || !d.contains(a.type())) {
                continue;
            }
            byTable.computeIfAbsent(a.table(), t -> new HashMap<>())
                    .computeIfAbsent(d.moduleOf(a.type()), m -> new HashSet<>())
                    .add(a.type());
        }
        if (byTable.isEmpty()) {
            return Double.NaN;
        }
        return byTable.values().stream()
                .mapToDouble(modules -> {
                    int total = modules.values().stream().mapToInt(Set::size).sum();
                    int top =
                            modules.values().stream().mapToInt(Set::size).max().orElse(0);
                    return top / (double) total;
                })
                .average()
                .orElse(Double.NaN);
    }
}
