package dev.carve.analyzer.runtime;

import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps trace class names to static type names: a fully qualified name that the static graph has stays; a simple name
 * (Mono2Micro) maps to the one static type with that simple name ({@code Outer$Inner} for nested types); anything
 * else stays as the trace spells it and, when there is a static graph to miss it from, is reported.
 */
final class TypeResolution {
    private final Map<String, String> renames = new HashMap<>();
    private final List<AnalysisProblem> problems = new ArrayList<>();
    private int resolved;
    private int unknown;
    private int ambiguous;

    private TypeResolution() {}

    static TypeResolution of(CodeGraph base, CodeGraph runtime) {
        TypeResolution r = new TypeResolution();
        boolean hasStaticGraph = base.types().stream().anyMatch(t -> !t.has(TypeFlag.RUNTIME_ONLY));
        Map<String, List<String>> bySimpleName = new HashMap<>();
        base.types().stream()
                .filter(t -> !t.has(TypeFlag.UNRESOLVED) && !t.has(TypeFlag.EXTERNAL))
                .forEach(t -> bySimpleName
                        .computeIfAbsent(t.simpleName(), k -> new ArrayList<>())
                        .add(t.name()));
        for (TypeNode t : runtime.types()) {
            r.resolve(t, base, bySimpleName, hasStaticGraph);
        }
        return r;
    }

    private void resolve(TypeNode t, CodeGraph base, Map<String, List<String>> bySimpleName, boolean hasStaticGraph) {
        String name = t.name();
        if (TraceRoot.is(name)) {
            return;
        }
        if (base.hasType(name)) {
            resolved++;
            return;
        }
        List<String> candidates = name.contains(".") ? List.of() : bySimpleName.getOrDefault(name, List.of());
        if (candidates.size() == 1) {
            renames.put(name, candidates.get(0));
            resolved++;
        } else if (candidates.size() > 1) {
            ambiguous++;
            problems.add(new AnalysisProblem(
                    ProblemKind.UNKNOWN_TRACE_CLASS,
                    "trace class " + name + " is ambiguous: "
                            + String.join(", ", candidates.stream().sorted().toList())
                            + "; kept as a runtime-only class. Record fully qualified names"
                            + " (Carve's agent does) to avoid this",
                    t.location()));
        } else if (hasStaticGraph) {
            unknown++;
            problems.add(new AnalysisProblem(
                    ProblemKind.UNKNOWN_TRACE_CLASS,
                    "trace class " + name + " is not in the static graph (generated, a proxy, or from code not"
                            + " analyzed); added and flagged RUNTIME_ONLY",
                    t.location()));
        }
    }

    String resolve(String traceName) {
        return renames.getOrDefault(traceName, traceName);
    }

    TypeNode rename(TypeNode t) {
        String name = resolve(t.name());
        if (name.equals(t.name())) {
            return t;
        }
        return new TypeNode(name, t.kind(), t.origins(), t.location(), t.linesOfCode(), t.annotations(), t.flags());
    }

    List<AnalysisProblem> problems() {
        return problems;
    }

    int resolved() {
        return resolved;
    }

    int unknown() {
        return unknown;
    }

    int ambiguous() {
        return ambiguous;
    }
}
