package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.proposal.KernelClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Utilities and value types used everywhere: a class that classes of at least {@code kernelMinModules} modules, and at
 * least {@code kernelModuleShare} of all modules, depend on, while it depends on at most one other application class
 * itself (a leaf: it carries no domain logic that would pull it into one module). Static dependencies only:
 * sharing is a property of the code, not of one run.
 */
final class SharedKernel {
    private SharedKernel() {}

    static Map<String, KernelClass> find(Boundaries b, SuggestProfile profile) {
        int k = b.names.size();
        int needed = Math.max(profile.kernelMinModules(), (int) Math.ceil(profile.kernelModuleShare() * k));
        Map<String, Set<String>> users = new HashMap<>();
        Map<String, Set<String>> uses = new HashMap<>();
        for (Dependency d : b.code().dependencies()) {
            DependencyKind.Category cat = d.kind().category();
            if (cat == DependencyKind.Category.EVOLUTION
                    || cat == DependencyKind.Category.RUNTIME
                    || d.from().equals(d.to())) {
                continue;
            }
            String mf = b.moduleOf(d.from());
            if (mf == null || b.moduleOf(d.to()) == null) {
                continue;
            }
            users.computeIfAbsent(d.to(), x -> new TreeSet<>()).add(mf);
            uses.computeIfAbsent(d.from(), x -> new TreeSet<>()).add(d.to());
        }
        Map<String, KernelClass> out = new LinkedHashMap<>();
        if (k < needed) {
            return out;
        }
        for (String c : b.classes.names()) {
            Set<String> by = users.getOrDefault(c, Set.of());
            if (by.size() >= needed && uses.getOrDefault(c, Set.of()).size() <= 1 && !b.pinnedBy.containsKey(c)) {
                out.put(
                        c,
                        new KernelClass(
                                c,
                                new ArrayList<>(by),
                                b.moduleOf(c),
                                "used by classes of " + by.size() + " of " + k + " modules and depends on almost"
                                        + " nothing itself"));
            }
        }
        return out;
    }

    static List<String> names(Map<String, KernelClass> kernel) {
        return new ArrayList<>(kernel.keySet());
    }
}
