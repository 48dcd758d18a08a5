package dev.carve.analyzer.metrics;

import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The runtime facts Mono2Micro's metrics read: caller–callee call counts in the order recorded, and the business
 * contexts that touched each class.
 *
 * @param calls distinct caller–callee pairs with their total volume, in first-seen order
 * @param contextsByClass class to the names of the contexts whose traces touched it
 * @param root the entry pseudo-class (Mono2Micro's {@code Root}); compared ignoring case, as Mono2Micro does
 */
public record RuntimeTrace(List<Call> calls, Map<String, Set<String>> contextsByClass, String root) {
    public static final String DEFAULT_ROOT = "Root";

    public RuntimeTrace {
        calls = List.copyOf(calls);
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        contextsByClass.forEach((k, v) -> copy.put(k, Set.copyOf(v)));
        contextsByClass = java.util.Collections.unmodifiableMap(copy);
        Objects.requireNonNull(root, "root");
    }

    /** One caller–callee pair and how often it was observed. */
    public record Call(String caller, String callee, double count) {}

    /** The runtime calls and contexts of a graph; members of the same caller–callee pair add up. */
    public static RuntimeTrace of(CodeGraph graph) {
        Map<List<String>, Double> volumes = new LinkedHashMap<>();
        graph.dependencies(DependencyKind.RUNTIME_CALL)
                .forEach(d -> volumes.merge(List.of(d.from(), d.to()), d.weight(), Double::sum));
        List<Call> calls = volumes.entrySet().stream()
                .map(e -> new Call(e.getKey().get(0), e.getKey().get(1), e.getValue()))
                .toList();
        Map<String, Set<String>> contexts = new LinkedHashMap<>();
        for (BusinessContext c : graph.contexts()) {
            for (String cls : c.classes()) {
                contexts.computeIfAbsent(cls, k -> new LinkedHashSet<>()).add(c.name());
            }
        }
        return new RuntimeTrace(calls, contexts, DEFAULT_ROOT);
    }

    /** Whether there is anything to score. */
    public boolean isEmpty() {
        return calls.isEmpty();
    }

    public boolean isRoot(String cls) {
        return cls.equalsIgnoreCase(root);
    }

    /** Calls between two different real classes (no root, no self call): what ICP, IFN and MQ count. */
    public List<Call> innerCalls() {
        return calls.stream()
                .filter(c -> !isRoot(c.caller())
                        && !isRoot(c.callee())
                        && !c.caller().equals(c.callee()))
                .filter(c -> !c.caller().isEmpty() && !c.callee().isEmpty())
                .toList();
    }

    /** Every traced class but the root, in first-seen order. */
    public Set<String> classes() {
        Set<String> out = new LinkedHashSet<>();
        for (Call c : calls) {
            if (!isRoot(c.caller())) {
                out.add(c.caller());
            }
            if (!isRoot(c.callee())) {
                out.add(c.callee());
            }
        }
        return out;
    }

    /** Drops every call touching one of these classes. */
    public RuntimeTrace without(Set<String> drop) {
        return new RuntimeTrace(
                calls.stream()
                        .filter(c -> !drop.contains(c.caller()) && !drop.contains(c.callee()))
                        .toList(),
                contextsByClass,
                root);
    }
}
