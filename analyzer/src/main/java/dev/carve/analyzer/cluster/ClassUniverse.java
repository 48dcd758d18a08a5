package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.TypeNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The classes being clustered, each with a dense index (the order is the graph's, so runs are repeatable). */
public final class ClassUniverse {
    private final List<String> names;
    private final Map<String, Integer> index = new HashMap<>();
    private final CodeGraph graph;

    ClassUniverse(List<String> names, CodeGraph graph) {
        this.names = List.copyOf(names);
        this.graph = graph;
        for (int i = 0; i < this.names.size(); i++) {
            index.put(this.names.get(i), i);
        }
    }

    public int size() {
        return names.size();
    }

    public String name(int i) {
        return names.get(i);
    }

    public List<String> names() {
        return names;
    }

    /** The index of a class, or -1 when it is not clustered. */
    public int indexOf(String name) {
        Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    public boolean contains(String name) {
        return index.containsKey(name);
    }

    public TypeNode type(int i) {
        return graph.type(names.get(i)).orElseThrow();
    }

    public CodeGraph graph() {
        return graph;
    }
}
