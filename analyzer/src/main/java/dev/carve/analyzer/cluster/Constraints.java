package dev.carve.analyzer.cluster;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.config.ConfigLoader;
import dev.carve.analyzer.proposal.ConstraintReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The architect's constraints, resolved against the graph's classes and checked for contradictions, and applied to a
 * clustering: pins move classes into the named module, keep-together groups join the module holding most of them,
 * keep-apart groups leave the strongest-tied member and move the others to their next-best module (or a new one).
 */
public final class Constraints {
    public static final Constraints NONE = new Constraints("", new ConstraintsFile(null, null, null, null), Map.of());

    private final String file;
    private final ConstraintsFile spec;
    private final Map<String, Set<String>> resolved;

    private Constraints(String file, ConstraintsFile spec, Map<String, Set<String>> resolved) {
        this.file = file;
        this.spec = spec;
        this.resolved = resolved;
    }

    /**
     * Loads and resolves a constraints file. Bad YAML, unknown keys, patterns that match no class, and contradictions
     * are bad input naming the file, line and key.
     */
    public static Constraints load(Path file, Set<String> classes) {
        ConstraintsFile spec = ConfigLoader.load(file, ConstraintsFile.class);
        String text;
        try {
            text = Files.readString(file);
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
        return resolve(spec, file.toString(), text, classes);
    }

    static Constraints resolve(ConstraintsFile spec, String origin, String text, Set<String> classes) {
        Map<String, Set<String>> resolved = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        List<String[]> patterns = new ArrayList<>();
        for (int i = 0; i < spec.pin().size(); i++) {
            spec.pin().get(i).classes().forEach(p -> patterns.add(new String[] {p, "pin"}));
        }
        spec.keepTogether().forEach(g -> g.classes().forEach(p -> patterns.add(new String[] {p, "keepTogether"})));
        spec.keepApart().forEach(g -> g.classes().forEach(p -> patterns.add(new String[] {p, "keepApart"})));
        spec.exclude().forEach(p -> patterns.add(new String[] {p, "exclude"}));
        for (String[] p : patterns) {
            Set<String> matched = match(p[0], classes);
            if (matched.isEmpty()) {
                problems.add(
                        origin + ":" + lineOf(text, p[0]) + ": key '" + p[1] + "': '" + p[0]
                                + "' matches no class of the graph. Check the spelling (fully qualified, or pkg.* or *Suffix).");
            }
            resolved.put(p[0], matched);
        }
        if (!problems.isEmpty()) {
            throw CarveException.badInput(String.join("\n", problems));
        }
        Constraints c = new Constraints(origin, spec, resolved);
        List<String> contradictions = c.contradictions(text);
        if (!contradictions.isEmpty()) {
            throw CarveException.badInput(origin + ": the constraints contradict each other:\n  "
                    + String.join("\n  ", contradictions) + "\nRemove or change one side of each.");
        }
        return c;
    }

    static Set<String> match(String pattern, Set<String> classes) {
        Set<String> out = new LinkedHashSet<>();
        for (String c : classes) {
            boolean hit;
            if (pattern.endsWith(".*")) {
                hit = c.startsWith(pattern.substring(0, pattern.length() - 1));
            } else if (pattern.startsWith("*")) {
                hit = c.endsWith(pattern.substring(1));
            } else {
                hit = c.equals(pattern) || c.endsWith("." + pattern) && !pattern.contains(".");
            }
            if (hit) {
                out.add(c);
            }
        }
        return out;
    }

    private static int lineOf(String text, String needle) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(needle)) {
                return i + 1;
            }
        }
        return 0;
    }

    private Set<String> classesOf(List<String> patterns) {
        Set<String> out = new LinkedHashSet<>();
        patterns.forEach(p -> out.addAll(resolved.getOrDefault(p, Set.of())));
        return out;
    }

    private List<String> contradictions(String text) {
        List<String> out = new ArrayList<>();
        Map<String, String> pinnedTo = new HashMap<>();
        for (ConstraintsFile.Pin p : spec.pin()) {
            for (String c : classesOf(p.classes())) {
                String before = pinnedTo.putIfAbsent(c, p.module());
                if (before != null && !before.equals(p.module())) {
                    out.add(c + " is pinned to both '" + before + "' and '" + p.module() + "'");
                }
            }
        }
        Set<String> excluded = classesOf(spec.exclude());
        for (String c : pinnedTo.keySet()) {
            if (excluded.contains(c)) {
                out.add(c + " is both pinned to '" + pinnedTo.get(c) + "' and excluded");
            }
        }
        for (ConstraintsFile.Group g : spec.keepTogether()) {
            Set<String> modules = new LinkedHashSet<>();
            classesOf(g.classes()).forEach(c -> {
                if (pinnedTo.containsKey(c)) {
                    modules.add(pinnedTo.get(c));
                }
            });
            if (modules.size() > 1) {
                out.add("keepTogether " + g.classes() + " holds classes pinned to different modules " + modules);
            }
        }
        for (ConstraintsFile.Group apart : spec.keepApart()) {
            List<String> members = new ArrayList<>(classesOf(apart.classes()));
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    String a = members.get(i);
                    String b = members.get(j);
                    if (pinnedTo.containsKey(a) && pinnedTo.get(a).equals(pinnedTo.get(b))) {
                        out.add("keepApart " + apart.classes() + ": " + a + " and " + b + " are both pinned to '"
                                + pinnedTo.get(a) + "'");
                    }
                    for (ConstraintsFile.Group together : spec.keepTogether()) {
                        Set<String> t = classesOf(together.classes());
                        if (t.contains(a) && t.contains(b)) {
                            out.add("keepApart " + apart.classes() + " and keepTogether " + together.classes()
                                    + " both name " + a + " and " + b);
                        }
                    }
                }
            }
        }
        return out;
    }

    public String file() {
        return file;
    }

    public boolean isEmpty() {
        return spec.pin().isEmpty()
                && spec.keepTogether().isEmpty()
                && spec.keepApart().isEmpty()
                && spec.exclude().isEmpty();
    }

    /** Pinned class to module name: the boundaries {@code carve check} enforces when given constraints. */
    public Map<String, String> pinned() {
        Map<String, String> out = new LinkedHashMap<>();
        spec.pin().forEach(p -> classesOf(p.classes()).forEach(c -> out.putIfAbsent(c, p.module())));
        return out;
    }

    /** Classes left out of clustering. */
    public Set<String> excluded() {
        return classesOf(spec.exclude());
    }

    /** Applies the constraints to a clustering; returns the new labels, pinned module names and the outcomes. */
    Applied apply(AffinityGraph graph, int[] labelsIn, int countIn) {
        ClassUniverse u = graph.classes();
        int[] labels = labelsIn.clone();
        int[] count = {countIn};
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<String, String> pinnedBy = new HashMap<>();
        List<ConstraintReport.Outcome> outcomes = new ArrayList<>();
        for (ConstraintsFile.Pin p : spec.pin()) {
            List<Integer> idx = indices(u, classesOf(p.classes()));
            int target = names.entrySet().stream()
                    .filter(e -> e.getValue().equals(p.module()))
                    .map(Map.Entry::getKey)
                    .findFirst()
                    .orElse(-1);
            if (target < 0) {
                target = majority(labels, idx, names.keySet());
                if (target < 0) {
                    target = count[0]++;
                }
                names.put(target, p.module());
            }
            double cut = move(graph, labels, idx, target);
            int moved = (int) idx.stream().filter(i -> labelsIn[i] != labels[i]).count();
            idx.forEach(i -> pinnedBy.put(u.name(i), "pin " + String.join(", ", p.classes()) + " -> " + p.module()));
            outcomes.add(new ConstraintReport.Outcome(
                    "pin " + String.join(", ", p.classes()) + " -> " + p.module(), "pin", idx.size(), moved, cut));
        }
        for (ConstraintsFile.Group g : spec.keepTogether()) {
            List<Integer> idx = indices(u, classesOf(g.classes()));
            int target = -1;
            for (int i : idx) {
                if (pinnedBy.containsKey(u.name(i))) {
                    target = labels[i];
                }
            }
            if (target < 0) {
                target = majority(labels, idx, Set.of());
            }
            int[] before = labels.clone();
            double cut = move(graph, labels, idx, target);
            int moved = (int) idx.stream().filter(i -> before[i] != labels[i]).count();
            outcomes.add(new ConstraintReport.Outcome(
                    "keep together " + String.join(", ", g.classes()), "keep-together", idx.size(), moved, cut));
        }
        for (ConstraintsFile.Group g : spec.keepApart()) {
            List<Integer> idx = indices(u, classesOf(g.classes()));
            int[] before = labels.clone();
            double cut = 0;
            Set<Integer> seen = new HashSet<>();
            for (int i : idx) {
                if (!seen.add(labels[i])) {
                    double[] aff = graph.affinity(i, labels, count[0]);
                    int target = -1;
                    for (int c = 0; c < count[0]; c++) {
                        if (!seen.contains(c) && !names.containsKey(c) && (target < 0 || aff[c] > aff[target])) {
                            target = c;
                        }
                    }
                    if (target < 0 || aff[target] <= 0) {
                        target = count[0]++;
                    }
                    cut += move(graph, labels, List.of(i), target);
                    seen.add(target);
                }
            }
            int moved = (int) idx.stream().filter(i -> before[i] != labels[i]).count();
            outcomes.add(new ConstraintReport.Outcome(
                    "keep apart " + String.join(", ", g.classes()), "keep-apart", idx.size(), moved, cut));
        }
        if (!spec.exclude().isEmpty()) {
            outcomes.add(new ConstraintReport.Outcome(
                    "exclude " + String.join(", ", spec.exclude()),
                    "exclude",
                    excluded().size(),
                    0,
                    0));
        }
        return new Applied(labels, count[0], names, pinnedBy, outcomes);
    }

    /** A constrained clustering. */
    record Applied(
            int[] labels,
            int count,
            Map<Integer, String> names,
            Map<String, String> pinnedBy,
            List<ConstraintReport.Outcome> outcomes) {}

    private static List<Integer> indices(ClassUniverse u, Set<String> names) {
        List<Integer> out = new ArrayList<>();
        names.forEach(n -> {
            int i = u.indexOf(n);
            if (i >= 0) {
                out.add(i);
            }
        });
        return out;
    }

    private static int majority(int[] labels, List<Integer> idx, Set<Integer> taken) {
        Map<Integer, Integer> votes = new HashMap<>();
        idx.forEach(i -> {
            if (!taken.contains(labels[i])) {
                votes.merge(labels[i], 1, Integer::sum);
            }
        });
        return votes.entrySet().stream()
                .sorted((a, b) -> a.getValue().equals(b.getValue())
                        ? Integer.compare(a.getKey(), b.getKey())
                        : Integer.compare(b.getValue(), a.getValue()))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(-1);
    }

    /** Moves classes to a label; returns the increase of tie weight crossing module boundaries. */
    private static double move(AffinityGraph graph, int[] labels, List<Integer> idx, int target) {
        double delta = 0;
        for (int i : idx) {
            if (labels[i] == target) {
                continue;
            }
            int[] nb = graph.neighbours(i);
            double[] nw = graph.neighbourWeights(i);
            for (int k = 0; k < nb.length; k++) {
                boolean before = labels[nb[k]] == labels[i];
                boolean after = labels[nb[k]] == target;
                delta += before && !after ? nw[k] : !before && after ? -nw[k] : 0;
            }
            labels[i] = target;
        }
        return Math.max(0, delta);
    }
}
