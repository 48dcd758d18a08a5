package dev.carve.analyzer.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A partition of classes into named modules. The order of classes is kept as given, because Mono2Micro's structural
 * modularity depends on it (see {@link RuntimeMetrics}).
 */
public final class Decomposition {
    private final Map<String, String> moduleOf;
    private final Map<String, List<String>> modules;

    private Decomposition(Map<String, String> moduleOf) {
        this.moduleOf = Collections.unmodifiableMap(new LinkedHashMap<>(moduleOf));
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        moduleOf.forEach((cls, module) ->
                grouped.computeIfAbsent(module, m -> new ArrayList<>()).add(cls));
        Map<String, List<String>> frozen = new LinkedHashMap<>();
        grouped.forEach((m, members) -> frozen.put(m, List.copyOf(members)));
        this.modules = Collections.unmodifiableMap(frozen);
    }

    /** From class to module, in the given order. */
    public static Decomposition ofAssignment(Map<String, String> moduleOf) {
        moduleOf.forEach((c, m) -> {
            Objects.requireNonNull(c, "class");
            Objects.requireNonNull(m, "module of " + c);
        });
        return new Decomposition(moduleOf);
    }

    /** From module to members; a class listed in two modules is rejected. */
    public static Decomposition ofModules(Map<String, ? extends List<String>> modules) {
        Map<String, String> moduleOf = new LinkedHashMap<>();
        modules.forEach((module, members) -> {
            for (String cls : members) {
                String before = moduleOf.putIfAbsent(cls, module);
                if (before != null && !before.equals(module)) {
                    throw new IllegalArgumentException(
                            "class " + cls + " is in two modules (" + before + ", " + module + ")");
                }
            }
        });
        return new Decomposition(moduleOf);
    }

    /** Module name to its members, modules in order of first appearance. */
    public Map<String, List<String>> modules() {
        return modules;
    }

    /** Class to module, in order. */
    public Map<String, String> assignment() {
        return moduleOf;
    }

    public String moduleOf(String cls) {
        return moduleOf.get(cls);
    }

    public boolean contains(String cls) {
        return moduleOf.containsKey(cls);
    }

    public Set<String> classes() {
        return moduleOf.keySet();
    }

    public int moduleCount() {
        return modules.size();
    }

    public int size() {
        return moduleOf.size();
    }

    /** The same decomposition with every class renamed (names that collide keep the first). */
    public Decomposition renamed(java.util.function.UnaryOperator<String> rename) {
        Map<String, String> out = new LinkedHashMap<>();
        moduleOf.forEach((c, m) -> out.putIfAbsent(rename.apply(c), m));
        return new Decomposition(out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decomposition d && d.moduleOf.equals(moduleOf);
    }

    @Override
    public int hashCode() {
        return moduleOf.hashCode();
    }

    @Override
    public String toString() {
        return "Decomposition" + modules;
    }
}
