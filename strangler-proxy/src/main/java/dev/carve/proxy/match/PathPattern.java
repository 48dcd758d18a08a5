package dev.carve.proxy.match;

import java.util.ArrayList;
import java.util.List;

/**
 * A route's path pattern: literal segments, {@code *} or {@code {name}} for exactly one segment, and {@code **}
 * as the last segment for any rest (including nothing). Matching allocates nothing for normal paths; paths with
 * dot segments or doubled slashes are normalized first so {@code /api/orders/../admin} is not taken for an
 * orders request.
 */
public final class PathPattern {
    private static final String ONE = "*";
    private static final String REST = "**";

    private final String text;
    private final String[] segments;
    private final boolean rest;

    private PathPattern(String text, String[] segments, boolean rest) {
        this.text = text;
        this.segments = segments;
        this.rest = rest;
    }

    /** Compiles a pattern; throws {@link IllegalArgumentException} with what is wrong. */
    public static PathPattern compile(String pattern) {
        if (pattern == null || !pattern.startsWith("/")) {
            throw new IllegalArgumentException("a path pattern starts with '/': '" + pattern + "'");
        }
        if (pattern.indexOf('?') >= 0 || pattern.indexOf('#') >= 0) {
            throw new IllegalArgumentException(
                    "a path pattern matches the path only, without '?' or '#': '" + pattern + "'");
        }
        List<String> parts = new ArrayList<>();
        for (String s : pattern.substring(1).split("/", -1)) {
            parts.add(s);
        }
        if (parts.size() == 1 && parts.get(0).isEmpty()) {
            parts.clear(); // "/" itself
        }
        boolean rest = false;
        if (!parts.isEmpty() && parts.get(parts.size() - 1).equals(REST)) {
            rest = true;
            parts.remove(parts.size() - 1);
        }
        String[] segments = new String[parts.size()];
        for (int i = 0; i < segments.length; i++) {
            String s = parts.get(i);
            if (s.equals(REST)) {
                throw new IllegalArgumentException("'**' may only be the last segment: '" + pattern + "'");
            }
            if (s.startsWith("{") && s.endsWith("}") && s.length() > 2) {
                segments[i] = ONE;
            } else if (s.contains("*") && !s.equals(ONE)) {
                throw new IllegalArgumentException(
                        "'*' stands for a whole segment ('/a/*/b'), not part of one: '" + pattern + "'");
            } else if (s.contains("{") || s.contains("}")) {
                throw new IllegalArgumentException("a variable is a whole segment like '{id}': '" + pattern + "'");
            } else {
                segments[i] = s;
            }
        }
        return new PathPattern(pattern, segments, rest);
    }

    /** Whether the path part of a request URI (anything from '?' on is ignored) matches. */
    public boolean matches(String uri) {
        int end = uri.indexOf('?');
        if (end < 0) {
            end = uri.indexOf('#');
        }
        if (end < 0) {
            end = uri.length();
        }
        String path = uri;
        if (needsNormalizing(uri, end)) {
            path = normalize(uri.substring(0, end));
            end = path.length();
        }
        if (end == 0 || path.charAt(0) != '/') {
            return false; // absolute-form or asterisk-form targets never match a path route
        }
        int pos = 1;
        for (String segment : segments) {
            if (pos > end) {
                return false;
            }
            int slash = path.indexOf('/', pos);
            int segEnd = slash < 0 || slash > end ? end : slash;
            if (segment == ONE) {
                if (segEnd == pos) {
                    return false;
                }
            } else if (segEnd - pos != segment.length() || !path.regionMatches(pos, segment, 0, segment.length())) {
                return false;
            }
            pos = segEnd + 1;
        }
        if (rest) {
            return true;
        }
        // all segments consumed: the path must end here (a trailing slash is a different resource)
        return pos == end + 1 || (segments.length == 0 && end == 1);
    }

    private static boolean needsNormalizing(String uri, int end) {
        for (int i = 0; i + 1 < end; i++) {
            if (uri.charAt(i) == '/' && (uri.charAt(i + 1) == '/' || uri.charAt(i + 1) == '.')) {
                return true;
            }
        }
        return false;
    }

    /** Removes dot segments and empty segments (RFC 3986 5.2.4, plus merging '//'). */
    static String normalize(String path) {
        List<String> out = new ArrayList<>();
        String[] parts = path.split("/", -1);
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            boolean last = i == parts.length - 1;
            if (p.equals("..")) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
                if (last) {
                    out.add("");
                }
            } else if (p.equals(".") || (p.isEmpty() && !last)) {
                if (last) {
                    out.add("");
                }
            } else {
                out.add(p);
            }
        }
        return "/" + String.join("/", out);
    }

    @Override
    public String toString() {
        return text;
    }
}
