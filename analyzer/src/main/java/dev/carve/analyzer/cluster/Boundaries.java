package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.CodeGraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The final clustering the proposal describes: a module per class of the universe, with names. */
final class Boundaries {
    final AffinityGraph graph;
    final ClassUniverse classes;
    final int[] labels;
    final List<String> names;
    final Map<String, String> pinnedBy;

    Boundaries(AffinityGraph graph, int[] labels, List<String> names, Map<String, String> pinnedBy) {
        this.graph = graph;
        this.classes = graph.classes();
        this.labels = labels;
        this.names = names;
        this.pinnedBy = pinnedBy;
    }

    CodeGraph code() {
        return classes.graph();
    }

    /** The module of a clustered class, or null for classes outside the universe. */
    String moduleOf(String cls) {
        int i = classes.indexOf(cls);
        return i < 0 ? null : names.get(labels[i]);
    }

    /** Module name to sorted members, modules in label order. */
    Map<String, List<String>> members() {
        Map<String, List<String>> out = new java.util.LinkedHashMap<>();
        names.forEach(n -> out.put(n, new ArrayList<>()));
        for (int i = 0; i < labels.length; i++) {
            out.get(names.get(labels[i])).add(classes.name(i));
        }
        out.values().forEach(l -> l.sort(null));
        out.values().removeIf(List::isEmpty);
        return out;
    }

    /** Class to module in universe order (for scoring). */
    Map<String, String> assignment() {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) {
            out.put(classes.name(i), names.get(labels[i]));
        }
        return out;
    }

    static String simple(String cls) {
        return cls.substring(cls.lastIndexOf('.') + 1);
    }

    static <K> TreeMap<K, Double> sorted() {
        return new TreeMap<>();
    }
}
