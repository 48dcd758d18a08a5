package dev.carve.analyzer.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Names modules after the domain words most typical of their members: a word's count in the module times its rarity
 * across modules. The first free word names the module; two words joined when the first is taken; {@code module-N}
 * when the members' names hold no domain word.
 */
final class ModuleNaming {
    private ModuleNaming() {}

    /** Keywords per cluster label, strongest first (at most 5). */
    static List<List<String>> keywords(ClassUniverse classes, int[] labels, int count, DomainTerms terms) {
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            counts.add(new HashMap<>());
        }
        Map<String, Set<Integer>> spread = new HashMap<>();
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                continue;
            }
            for (String w : new HashSet<>(terms.domainWords(classes.type(i).simpleName()))) {
                counts.get(labels[i]).merge(w, 1, Integer::sum);
                spread.computeIfAbsent(w, k -> new HashSet<>()).add(labels[i]);
            }
        }
        List<List<String>> out = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            Map<String, Integer> m = counts.get(c);
            out.add(m.keySet().stream()
                    .sorted((a, b) -> {
                        double sa = m.get(a)
                                * Math.log(1.0 + count / (double) spread.get(a).size());
                        double sb = m.get(b)
                                * Math.log(1.0 + count / (double) spread.get(b).size());
                        return sa != sb ? Double.compare(sb, sa) : a.compareTo(b);
                    })
                    .limit(5)
                    .toList());
        }
        return out;
    }

    /** Unique names per label; {@code fixed} names (from pins) win for their labels. */
    static List<String> names(List<List<String>> keywords, Map<Integer, String> fixed) {
        Set<String> used = new HashSet<>(fixed.values());
        Map<Integer, String> out = new LinkedHashMap<>(fixed);
        for (int c = 0; c < keywords.size(); c++) {
            if (out.containsKey(c)) {
                continue;
            }
            List<String> k = keywords.get(c);
            String name = null;
            if (!k.isEmpty() && !used.contains(k.get(0))) {
                name = k.get(0);
            } else if (k.size() >= 2 && !used.contains(k.get(0) + "-" + k.get(1))) {
                name = k.get(0) + "-" + k.get(1);
            }
            if (name == null) {
                int n = c + 1;
                while (used.contains("module-" + n)) {
                    n++;
                }
                name = "module-" + n;
            }
            used.add(name);
            out.put(c, name);
        }
        List<String> names = new ArrayList<>();
        for (int c = 0; c < keywords.size(); c++) {
            names.add(out.get(c));
        }
        return names;
    }
}
