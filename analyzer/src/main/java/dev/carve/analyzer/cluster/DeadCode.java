package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.proposal.DeadClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds classes nothing reaches. Conservative, because a framework may instantiate a class no code mentions: a class
 * is dead only when no other live class depends on it, it declares no entry point and no {@code main}, carries no
 * annotation, extends or implements nothing (framework callbacks usually do), and was never seen at runtime. Classes
 * reached only from dead classes are dead too. A graph without any entry point has no dead code: nothing is known to
 * be reachable, so nothing is known to be unreachable.
 */
final class DeadCode {
    private DeadCode() {}

    static Map<String, DeadClass> find(CodeGraph graph, List<String> candidates) {
        if (graph.entryPoints().isEmpty()) {
            return Map.of(); // without a single known way in, reachability says nothing
        }
        Set<String> pool = new HashSet<>(candidates);
        Set<String> entryTypes = new HashSet<>();
        graph.entryPoints().stream().map(EntryPoint::type).forEach(entryTypes::add);
        Set<String> mains = new HashSet<>();
        for (MethodNode m : graph.methods()) {
            if (m.name().equals("main")) {
                mains.add(m.type());
            }
        }
        Map<String, List<String>> incoming = new HashMap<>();
        Set<String> extendsSomething = new HashSet<>();
        for (Dependency d : graph.dependencies()) {
            if (d.kind() == DependencyKind.CO_CHANGE || d.from().equals(d.to())) {
                continue;
            }
            if (d.kind() == DependencyKind.EXTENDS || d.kind() == DependencyKind.IMPLEMENTS) {
                extendsSomething.add(d.from());
            }
            incoming.computeIfAbsent(d.to(), k -> new ArrayList<>()).add(outerOf(d.from()));
        }
        Set<String> dead = new HashSet<>();
        for (String c : candidates) {
            TypeNode t = graph.type(c).orElseThrow();
            if (possiblyDead(t, entryTypes, mains, extendsSomething)
                    && incoming.getOrDefault(c, List.of()).stream().allMatch(f -> f.equals(c))) {
                dead.add(c);
            }
        }
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String c : candidates) {
                TypeNode t = graph.type(c).orElseThrow();
                if (!dead.contains(c)
                        && possiblyDead(t, entryTypes, mains, extendsSomething)
                        && incoming.getOrDefault(c, List.of()).stream()
                                .allMatch(f -> f.equals(c) || (dead.contains(f) && pool.contains(f)))) {
                    dead.add(c);
                    grew = true;
                }
            }
        }
        Map<String, DeadClass> out = new LinkedHashMap<>();
        for (String c : candidates) {
            if (dead.contains(c)) {
                TypeNode t = graph.type(c).orElseThrow();
                boolean direct = incoming.getOrDefault(c, List.of()).stream().allMatch(f -> f.equals(c));
                out.put(
                        c,
                        new DeadClass(
                                c,
                                direct
                                        ? "no dependency into it, no entry point, no annotation, never seen at runtime"
                                        : "only dead classes depend on it",
                                t.location().toString()));
            }
        }
        return out;
    }

    private static boolean possiblyDead(
            TypeNode t, Set<String> entryTypes, Set<String> mains, Set<String> extendsSomething) {
        boolean staticallySeen =
                t.origins().contains(Origin.SOURCE) || t.origins().contains(Origin.BYTECODE);
        return staticallySeen
                && !t.origins().contains(Origin.RUNTIME)
                && t.annotations().isEmpty()
                && t.kind() != TypeKind.ANNOTATION
                && !t.name().contains("$")
                && !entryTypes.contains(t.name())
                && !mains.contains(t.name())
                && !extendsSomething.contains(t.name());
    }

    private static String outerOf(String name) {
        int dollar = name.indexOf('$');
        return dollar < 0 ? name : name.substring(0, dollar);
    }
}
