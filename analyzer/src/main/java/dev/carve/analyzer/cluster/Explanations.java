package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.proposal.ClassPlacement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Why each class is where it is: its strongest ties, tables, entry points, and the module it nearly joined. */
final class Explanations {
    private static final int TIES = 5;
    private static final int ENTRY_POINTS = 10;

    private Explanations() {}

    static List<ClassPlacement> explain(Boundaries b, Set<String> kernel) {
        Map<String, Map<String, String>> tables = new HashMap<>();
        for (TableAccess a : b.code().tableAccesses()) {
            String access = a.access() == AccessKind.WRITE ? "write" : "read";
            tables.computeIfAbsent(a.type(), k -> new TreeMap<>())
                    .merge(a.table(), access, (x, y) -> x.equals(y) ? x : "read-write");
        }
        Map<String, Set<String>> entries = new HashMap<>();
        for (EntryPoint e : b.code().entryPoints()) {
            entries.computeIfAbsent(e.type(), k -> new LinkedHashSet<>()).add(e.id());
        }
        for (BusinessContext c : b.code().contexts()) {
            for (String cls : c.classes().stream().sorted().toList()) {
                entries.computeIfAbsent(cls, k -> new LinkedHashSet<>()).add(c.name());
            }
        }
        int k = b.names.size();
        List<ClassPlacement> out = new ArrayList<>();
        for (int i = 0; i < b.labels.length; i++) {
            String name = b.classes.name(i);
            int[] nb = b.graph.neighbours(i);
            List<Integer> order = new ArrayList<>();
            for (int x = 0; x < nb.length; x++) {
                order.add(x);
            }
            double[] nw = b.graph.neighbourWeights(i);
            order.sort(Comparator.comparingDouble((Integer x) -> -nw[x]).thenComparing(x -> b.classes.name(nb[x])));
            List<ClassPlacement.Tie> ties = new ArrayList<>();
            for (int x : order.subList(0, Math.min(TIES, order.size()))) {
                ties.add(new ClassPlacement.Tie(
                        b.classes.name(nb[x]),
                        b.names.get(b.labels[nb[x]]),
                        MetricValues.round(nw[x]),
                        rounded(b.graph.breakdown(i, nb[x]))));
            }
            double[] aff = b.graph.affinity(i, b.labels, k);
            double total = 0;
            for (double a : aff) {
                total += a;
            }
            List<Integer> modules = new ArrayList<>();
            for (int c = 0; c < k; c++) {
                if (aff[c] > 0) {
                    modules.add(c);
                }
            }
            modules.sort(Comparator.comparingDouble((Integer c) -> -aff[c]).thenComparing(c -> c));
            List<ClassPlacement.Affinity> affinity = modules.stream()
                    .limit(3)
                    .map(c -> new ClassPlacement.Affinity(b.names.get(c), MetricValues.round(aff[c])))
                    .toList();
            int own = b.labels[i];
            int second = modules.stream().filter(c -> c != own).findFirst().orElse(-1);
            double margin = second < 0 || total == 0 ? 1.0 : MetricValues.round((aff[own] - aff[second]) / total);
            List<ClassPlacement.TableUse> uses = new ArrayList<>();
            tables.getOrDefault(name, Map.of()).forEach((t, a) -> uses.add(new ClassPlacement.TableUse(t, a)));
            out.add(new ClassPlacement(
                    name,
                    b.names.get(own),
                    kernel.contains(name) ? ClassPlacement.SHARED_KERNEL : ClassPlacement.MEMBER,
                    b.pinnedBy.getOrDefault(name, ""),
                    ties,
                    uses,
                    entries.getOrDefault(name, Set.of()).stream()
                            .limit(ENTRY_POINTS)
                            .toList(),
                    affinity,
                    second < 0 ? "" : b.names.get(second),
                    margin));
        }
        out.sort(Comparator.comparing(ClassPlacement::name));
        return out;
    }

    private static Map<String, Double> rounded(Map<String, Double> m) {
        Map<String, Double> out = new java.util.LinkedHashMap<>();
        m.forEach((s, w) -> out.put(s, MetricValues.round(w)));
        return out;
    }
}
