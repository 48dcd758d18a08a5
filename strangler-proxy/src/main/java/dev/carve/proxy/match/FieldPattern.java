package dev.carve.proxy.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A pattern over JSON field paths such as {@code $.order.lines[3].price}: {@code $.a.b} for one field,
 * {@code [*]} or {@code *} for any index or key, {@code **} (or {@code $..name}) for any depth. A pattern also
 * covers everything below what it matches, so {@code $.audit} ignores the whole audit object.
 */
public final class FieldPattern {
    private static final String ANY = "*";
    private static final String DEEP = "**";

    private final String text;
    private final List<String> segments;

    private FieldPattern(String text, List<String> segments) {
        this.text = text;
        this.segments = segments;
    }

    public static FieldPattern compile(String pattern) {
        String p = pattern == null ? "" : pattern.trim();
        if (p.isEmpty()) {
            throw new IllegalArgumentException("an ignore path cannot be empty; write it like $.items[*].updatedAt");
        }
        if (p.equals("**")) {
            return new FieldPattern(p, List.of(DEEP));
        }
        if (!p.startsWith("$")) {
            p = "$." + p;
        }
        return new FieldPattern(pattern, split(p.replace("..", ".**.")));
    }

    /** Splits a path ($.a[2].b or a pattern) into segments: keys, "[n]" for indexes, "*" and "**". */
    public static List<String> split(String path) {
        List<String> out = new ArrayList<>();
        int i = path.startsWith("$") ? 1 : 0;
        StringBuilder key = new StringBuilder();
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                flush(key, out);
            } else if (c == '[') {
                flush(key, out);
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw new IllegalArgumentException("unclosed '[' in '" + path + "'");
                }
                String index = path.substring(i + 1, close).trim();
                if (!index.equals(ANY) && !index.chars().allMatch(Character::isDigit)) {
                    throw new IllegalArgumentException("'[" + index + "]' is not an index or [*] in '" + path + "'");
                }
                out.add(index.equals(ANY) ? ANY : "[" + index + "]");
                i = close;
            } else {
                key.append(c);
            }
            i++;
        }
        flush(key, out);
        return out;
    }

    private static void flush(StringBuilder key, List<String> out) {
        if (key.length() > 0) {
            out.add(key.toString());
            key.setLength(0);
        }
    }

    /** Whether the field at {@code pathSegments} (from {@link #split}) or anything above it is covered. */
    public boolean covers(List<String> pathSegments) {
        return match(0, pathSegments, 0);
    }

    private boolean match(int pi, List<String> path, int si) {
        if (pi == segments.size()) {
            return true; // the pattern is exhausted: it covers this node and everything below
        }
        String seg = segments.get(pi);
        if (seg.equals(DEEP)) {
            for (int k = si; k <= path.size(); k++) {
                if (match(pi + 1, path, k)) {
                    return true;
                }
            }
            return false;
        }
        if (si == path.size()) {
            return false;
        }
        if (seg.equals(ANY) || seg.equals(path.get(si))) {
            return match(pi + 1, path, si + 1);
        }
        return false;
    }

    @Override
    public String toString() {
        return text;
    }
}
