package dev.carve.proxy.shadow;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fields learned to be noise for one route: paths where two legacy answers to the same request differed
 * (timestamps, generated ids, ...). Paths are kept with array indexes generalized to {@code [*]}; a noisy path
 * also covers everything below it.
 */
public final class NoiseModel {
    private final Set<String> paths = ConcurrentHashMap.newKeySet();

    /** Learns every path of {@code differences} (status and header differences are learned too). */
    public void learn(List<Difference> differences) {
        for (Difference d : differences) {
            paths.add(generalize(d.path()));
        }
    }

    /** Whether a difference at {@code path} is known noise. */
    public boolean covers(String path) {
        if (paths.isEmpty()) {
            return false;
        }
        String g = generalize(path);
        if (paths.contains(g)) {
            return true;
        }
        // any enclosing path: cut at every '.' or '[' from the right
        for (int i = g.length() - 1; i > 0; i--) {
            char c = g.charAt(i);
            if ((c == '.' || c == '[') && paths.contains(g.substring(0, i))) {
                return true;
            }
        }
        return false;
    }

    public Set<String> paths() {
        return new TreeSet<>(paths);
    }

    public void clear() {
        paths.clear();
    }

    /** {@code $.lines[3].price} to {@code $.lines[*].price}. */
    static String generalize(String path) {
        if (path.indexOf('[') < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        int i = 0;
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '[') {
                int close = path.indexOf(']', i);
                if (close > i + 1 && path.substring(i + 1, close).chars().allMatch(Character::isDigit)) {
                    out.append("[*]");
                    i = close + 1;
                    continue;
                }
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
