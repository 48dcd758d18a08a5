package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.proposal.KernelClass;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Infrastructure, not domains; its classes join the shared kernel instead of being proposed as or inside modules:
 *
 * <ul>
 *   <li><b>infrastructure groups</b>: clustering found a group of classes with no dependency, runtime call or event to
 *       or from any other module, no table and no business entry point (HTTP, servlet, message, schedule; in a
 *       trace-only graph, no business context). Such a group is configuration or bootstrapping code (database setup,
 *       scheduling switches, framework hooks): it has no domain to own;
 *   <li><b>utility packages</b>: a class in a package named for shared code ({@link #UTILITY_PACKAGES}: util, common,
 *       config, support, ...) that is not below a domain package, depends on no application class outside such
 *       packages and the shared kernel (no domain logic), and is used from at least two modules;
 *   <li><b>the bootstrap class</b>: a class with a {@code main} entry point that depends on no domain class.
 * </ul>
 */
final class InfrastructureModules {
    /** Last package segments that name shared technical code rather than a layer of domain code. */
    static final Set<String> UTILITY_PACKAGES = Set.of(
            "util",
            "utils",
            "utility",
            "utilities",
            "common",
            "commons",
            "config",
            "configuration",
            "support",
            "helper",
            "helpers",
            "infra",
            "infrastructure",
            "shared",
            "misc");

    private static final Set<EntryPointKind> BUSINESS = EnumSet.of(
            EntryPointKind.HTTP, EntryPointKind.SERVLET, EntryPointKind.MESSAGE_LISTENER, EntryPointKind.SCHEDULED);

    private InfrastructureModules() {}

    /** Kernel entries for the classes of infrastructure modules; never all modules. */
    static Map<String, KernelClass> find(
            Boundaries b,
            Map<String, List<String>> members,
            CrossingEdges crossing,
            Map<String, List<String>> entryPoints) {
        Set<String> withBusiness = new HashSet<>();
        for (EntryPoint e : b.code().entryPoints()) {
            if (BUSINESS.contains(e.kind())) {
                withBusiness.add(b.moduleOf(e.type()));
            }
        }
        if (b.code().entryPoints().isEmpty()) {
            withBusiness.addAll(entryPoints.keySet());
        }
        Set<String> withTables = new HashSet<>();
        for (TableAccess a : b.code().tableAccesses()) {
            withTables.add(b.moduleOf(a.type()));
        }
        Map<String, KernelClass> out = new LinkedHashMap<>();
        int remaining = members.size();
        for (Map.Entry<String, List<String>> e : members.entrySet()) {
            String m = e.getKey();
            boolean isolated =
                    crossing.sources(m).isEmpty() && crossing.targets(m).isEmpty();
            if (isolated && !withBusiness.contains(m) && !withTables.contains(m) && remaining > 1) {
                remaining--;
                for (String c : e.getValue()) {
                    out.put(
                            c,
                            new KernelClass(
                                    c,
                                    List.of(),
                                    m,
                                    "infrastructure: its group (" + m + ") has no dependency to or from any other"
                                            + " module, no table and no business entry point"));
                }
            }
        }
        return out;
    }

    /** Kernel entries for utility-package leaves used from two or more modules, and a leaf bootstrap class. */
    static Map<String, KernelClass> utilities(Boundaries b, PackageLayout layout, Set<String> kernel) {
        Set<String> candidates = new HashSet<>();
        for (String c : b.classes.names()) {
            if (kernel.contains(c) || layout.domainKey().containsKey(c)) {
                continue;
            }
            int dot = c.lastIndexOf('.');
            String pkg = dot < 0 ? "" : c.substring(0, dot);
            String last = pkg.substring(pkg.lastIndexOf('.') + 1);
            if (pkg.length() > layout.commonRoot().length() && UTILITY_PACKAGES.contains(last)) {
                candidates.add(c);
            }
        }
        Set<String> bootstrap = new HashSet<>();
        for (EntryPoint e : b.code().entryPoints()) {
            if (e.kind() == EntryPointKind.MAIN && b.moduleOf(e.type()) != null && !kernel.contains(e.type())) {
                bootstrap.add(e.type());
            }
        }
        Map<String, Set<String>> uses = new HashMap<>();
        Map<String, Set<String>> usedBy = new HashMap<>();
        for (Dependency d : b.code().dependencies()) {
            DependencyKind.Category cat = d.kind().category();
            if (cat == DependencyKind.Category.EVOLUTION
                    || cat == DependencyKind.Category.RUNTIME
                    || d.from().equals(d.to())
                    || b.moduleOf(d.from()) == null
                    || b.moduleOf(d.to()) == null) {
                continue;
            }
            uses.computeIfAbsent(d.from(), k -> new HashSet<>()).add(d.to());
            usedBy.computeIfAbsent(d.to(), k -> new HashSet<>()).add(d.from());
        }
        // keep only leaves: a candidate depending on a class that is neither kernel nor candidate carries domain logic
        boolean changed = true;
        while (changed) {
            changed = candidates.removeIf(c -> uses.getOrDefault(c, Set.of()).stream()
                    .anyMatch(t -> !kernel.contains(t) && !candidates.contains(t)));
        }
        Map<String, KernelClass> out = new TreeMap<>();
        for (String c : candidates) {
            Set<String> modules = new TreeSet<>();
            usedBy.getOrDefault(c, Set.of()).stream()
                    .filter(u -> !candidates.contains(u) && !kernel.contains(u))
                    .forEach(u -> modules.add(b.moduleOf(u)));
            if (modules.size() >= 2) {
                out.put(
                        c,
                        new KernelClass(
                                c,
                                List.copyOf(modules),
                                b.moduleOf(c),
                                "shared code: in a utility package, used from " + modules.size()
                                        + " modules, and it depends on no domain class"));
            }
        }
        for (String c : bootstrap) {
            boolean leaf =
                    uses.getOrDefault(c, Set.of()).stream().allMatch(t -> kernel.contains(t) || candidates.contains(t));
            if (leaf) {
                out.put(
                        c,
                        new KernelClass(
                                c,
                                List.of(),
                                b.moduleOf(c),
                                "bootstrap: the application's main class, depending on no domain class"));
            }
        }
        return out;
    }
}
