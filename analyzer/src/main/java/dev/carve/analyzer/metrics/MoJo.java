package dev.carve.analyzer.metrics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MoJo distance and MoJoFM (Wen and Tzerpos). {@code mno(A, B)}: tag each object of A with its cluster in B; moves are
 * Σ(|A_i| − max_j v_ij), joins are l − g with g a maximum matching between A's clusters and their maximal tags (IWPC
 * 2003). The largest distance to B is n − g*, g* grown over B's ascending cluster sizes (IWPC 2004).
 */
public final class MoJo {
    private MoJo() {}

    /** One-way MoJo distance from candidate {@code a} to reference {@code b}; both over the same objects. */
    public static int distance(Map<String, String> a, Map<String, String> b) {
        if (!a.keySet().equals(b.keySet())) {
            throw new IllegalArgumentException("MoJo needs both partitions over the same objects");
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        a.forEach((obj, cluster) ->
                counts.computeIfAbsent(cluster, c -> new HashMap<>()).merge(b.get(obj), 1, Integer::sum));
        int moves = 0;
        List<List<String>> maximalTags = new ArrayList<>();
        for (Map<String, Integer> row : counts.values()) {
            int top = row.values().stream().mapToInt(Integer::intValue).max().orElse(0);
            moves += row.values().stream().mapToInt(Integer::intValue).sum() - top;
            maximalTags.add(row.entrySet().stream()
                    .filter(e -> e.getValue() == top)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList());
        }
        int g = maximumMatching(maximalTags);
        return moves + maximalTags.size() - g;
    }

    /** The largest one-way distance any partition can have to {@code b}. */
    public static int maxDistanceTo(Map<String, String> b) {
        Map<String, Integer> sizes = new HashMap<>();
        b.values().forEach(c -> sizes.merge(c, 1, Integer::sum));
        int g = 0;
        for (int s : sizes.values().stream().sorted().toList()) {
            if (g < s) {
                g++;
            }
        }
        return b.size() - g;
    }

    /** MoJoFM(A, B) = (1 − mno(A, B) / max mno(∀A, B)) × 100; 100 when B leaves no room for a distance. */
    public static double mojoFm(Map<String, String> a, Map<String, String> b) {
        int worst = maxDistanceTo(b);
        if (worst == 0) {
            return 100.0;
        }
        return (1.0 - distance(a, b) / (double) worst) * 100.0;
    }

    /** Size of a maximum bipartite matching (augmenting paths); left i may take any tag of {@code adjacency[i]}. */
    static int maximumMatching(List<List<String>> adjacency) {
        Map<String, Integer> owner = new HashMap<>();
        int matched = 0;
        for (int i = 0; i < adjacency.size(); i++) {
            if (augment(i, adjacency, owner, new java.util.HashSet<>())) {
                matched++;
            }
        }
        return matched;
    }

    private static boolean augment(
            int i, List<List<String>> adjacency, Map<String, Integer> owner, java.util.Set<String> seen) {
        for (String tag : adjacency.get(i)) {
            if (!seen.add(tag)) {
                continue;
            }
            Integer current = owner.get(tag);
            if (current == null || augment(current, adjacency, owner, seen)) {
                owner.put(tag, i);
                return true;
            }
        }
        return false;
    }
}
