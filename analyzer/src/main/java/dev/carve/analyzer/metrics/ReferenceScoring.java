package dev.carve.analyzer.metrics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * MoJoFM of a candidate against a reference, as {@code m2m_score.py} computes it: the universe is the reference's
 * classes; candidate classes the reference does not list are ignored; reference classes the candidate leaves out go
 * together into one extra cluster {@value #UNASSIGNED}.
 *
 * <p>Names: when both sides spell classes fully qualified, they match exactly; otherwise by simple name (the part
 * after the last dot; nested classes keep {@code Outer$Inner}).
 */
public final class ReferenceScoring {
    public static final String UNASSIGNED = "__unassigned__";
    private static final Set<String> LENIENT_EXCLUDED = Set.of("uncounted", "n/u", "c");

    private ReferenceScoring() {}

    public static ReferenceMatch score(Decomposition candidate, Reference reference) {
        boolean candidateDotted = candidate.classes().stream().anyMatch(c -> c.contains("."));
        boolean referenceDotted =
                reference.rows().stream().allMatch(r -> r.entity().contains("."));
        boolean exact = candidateDotted && referenceDotted;
        Map<String, String> cand = new HashMap<>();
        candidate.assignment().forEach((cls, module) -> cand.putIfAbsent(exact ? cls : simple(cls), module));
        Map<String, String> seen = new LinkedHashMap<>();
        Set<String> multi = new TreeSet<>();
        for (Reference.Row r : reference.rows()) {
            String key = exact ? r.entity() : r.simpleName();
            String before = seen.get(key);
            if (before != null && !before.equals(r.service())) {
                multi.add(key);
            }
            seen.put(key, r.service()); // the last listed service wins, as in the MoJo tool
        }
        Map<String, String> ordered = seen;
        ReferenceMatch.Policy strict = policy(ordered, cand, multi, false);
        ReferenceMatch.Policy lenient = policy(ordered, cand, multi, true);
        List<String> ignored = new TreeSet<>(cand.keySet())
                .stream().filter(k -> !ordered.containsKey(k)).toList();
        return new ReferenceMatch(exact ? "exact" : "simple", strict, lenient, ignored, new ArrayList<>(multi));
    }

    private static ReferenceMatch.Policy policy(
            Map<String, String> seen, Map<String, String> cand, Set<String> multi, boolean lenient) {
        Map<String, String> ref = new LinkedHashMap<>();
        seen.forEach((k, service) -> {
            if (!lenient || (!multi.contains(k) && !LENIENT_EXCLUDED.contains(service.toLowerCase(Locale.ROOT)))) {
                ref.put(k, service);
            }
        });
        Map<String, String> a = new LinkedHashMap<>();
        Set<String> missing = new LinkedHashSet<>();
        ref.keySet().forEach(k -> {
            String module = cand.get(k);
            if (module == null) {
                missing.add(k);
            }
            a.put(k, module == null ? UNASSIGNED : module);
        });
        if (ref.isEmpty()) {
            return new ReferenceMatch.Policy(Double.NaN, 0, 0, 0, 0, List.of());
        }
        double fm = new BigDecimal(MoJo.mojoFm(a, ref))
                .setScale(2, RoundingMode.HALF_EVEN)
                .doubleValue();
        return new ReferenceMatch.Policy(
                fm,
                MoJo.distance(a, ref),
                MoJo.maxDistanceTo(ref),
                ref.size(),
                new LinkedHashSet<>(ref.values()).size(),
                new ArrayList<>(missing));
    }

    static String simple(String cls) {
        return cls.contains("(") ? cls : cls.substring(cls.lastIndexOf('.') + 1);
    }
}
