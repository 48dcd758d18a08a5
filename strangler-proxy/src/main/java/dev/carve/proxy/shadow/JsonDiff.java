package dev.carve.proxy.shadow;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carve.proxy.match.FieldPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares two JSON documents field by field. Objects are compared key by key (order does not matter), arrays
 * element by element, numbers by value ({@code 1.0} equals {@code 1}). Paths an ignore pattern or the noise model
 * covers are skipped with everything below them.
 */
final class JsonDiff {
    private final List<FieldPattern> ignore;
    private final NoiseModel noise;
    private final int limit;
    private final List<Difference> out = new ArrayList<>();
    private final List<String> segments = new ArrayList<>();

    private JsonDiff(List<FieldPattern> ignore, NoiseModel noise, int limit) {
        this.ignore = ignore;
        this.noise = noise;
        this.limit = limit;
    }

    /** Differences between {@code legacy} and {@code target}, at most {@code limit} of them. */
    static List<Difference> diff(
            JsonNode legacy, JsonNode target, List<FieldPattern> ignore, NoiseModel noise, int limit) {
        JsonDiff d = new JsonDiff(ignore, noise, limit);
        d.walk("$", legacy, target);
        return d.out;
    }

    private void walk(String path, JsonNode a, JsonNode b) {
        if (out.size() >= limit || skipped(path)) {
            return;
        }
        if (a == null || b == null || a.isMissingNode() || b.isMissingNode()) {
            out.add(Difference.of(path, text(a), text(b)));
            return;
        }
        if (a.isObject() && b.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            a.fieldNames().forEachRemaining(keys::add);
            b.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                segments.add(key);
                walk(path + "." + key, a.get(key), b.get(key));
                segments.remove(segments.size() - 1);
            }
            return;
        }
        if (a.isArray() && b.isArray()) {
            int n = Math.max(a.size(), b.size());
            for (int i = 0; i < n; i++) {
                segments.add("[" + i + "]");
                walk(path + "[" + i + "]", a.get(i), b.get(i));
                segments.remove(segments.size() - 1);
            }
            return;
        }
        if (a.isNumber() && b.isNumber()) {
            if (a.decimalValue().compareTo(b.decimalValue()) != 0) {
                out.add(Difference.of(path, a.toString(), b.toString()));
            }
            return;
        }
        if (!a.equals(b)) {
            out.add(Difference.of(path, a.toString(), b.toString()));
        }
    }

    private boolean skipped(String path) {
        for (FieldPattern p : ignore) {
            if (p.covers(segments)) {
                return true;
            }
        }
        return noise.covers(path);
    }

    private static String text(JsonNode n) {
        return n == null || n.isMissingNode() ? null : n.toString();
    }

    static List<FieldPattern> compile(List<String> patterns) {
        List<FieldPattern> out = new ArrayList<>();
        for (String p : patterns) {
            out.add(FieldPattern.compile(p));
        }
        return out;
    }
}
