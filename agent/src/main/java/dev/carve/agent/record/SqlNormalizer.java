package dev.carve.agent.record;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Makes recorded SQL bounded and shareable: literals become {@code ?}, {@code in (?, ?, ?)} lists become
 * {@code in (?)}, comments go, whitespace collapses, and the text is cut at {@value #MAX_LENGTH} characters. The tables are
 * found later, at import time, by a real SQL parser; the agent only records the statement.
 */
final class SqlNormalizer {
    static final int MAX_LENGTH = 4_000;
    private static final int CACHE_SIZE = 4_096;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();
    private static final Pattern IN_LIST = Pattern.compile("(?i)(\\bin\\s*)\\(\\s*\\?(?:\\s*,\\s*\\?)+\\s*\\)");

    private SqlNormalizer() {}

    static String normalize(String sql) {
        if (sql == null) {
            return "";
        }
        String cached = CACHE.get(sql);
        if (cached != null) {
            return cached;
        }
        String normalized = doNormalize(sql);
        if (CACHE.size() < CACHE_SIZE) {
            CACHE.put(sql, normalized);
        }
        return normalized;
    }

    private static String doNormalize(String sql) {
        StringBuilder out = new StringBuilder(Math.min(sql.length(), MAX_LENGTH));
        int n = sql.length();
        int i = 0;
        boolean space = false;
        while (i < n && out.length() < MAX_LENGTH) {
            char c = sql.charAt(i);
            if (c == '\'') {
                i = skipQuoted(sql, i);
                space = appendToken(out, space, "?");
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                space = true;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                space = true;
            } else if (Character.isWhitespace(c)) {
                space = true;
                i++;
            } else if (Character.isDigit(c) && (space || !partOfIdentifier(out))) {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                space = appendToken(out, space, "?");
            } else if (c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                end = end < 0 ? n : end + 1;
                space = appendToken(out, space, sql.substring(i, end));
                i = end;
            } else {
                space = appendToken(out, space, String.valueOf(c));
                i++;
            }
        }
        String normalized = collapsePlaceholderLists(out.toString().trim());
        return normalized.length() > MAX_LENGTH ? normalized.substring(0, MAX_LENGTH) : normalized;
    }

    private static boolean appendToken(StringBuilder out, boolean space, String token) {
        if (space && out.length() > 0) {
            out.append(' ');
        }
        out.append(token);
        return false;
    }

    private static int skipQuoted(String sql, int start) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == '\'') {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == '\'') {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return i;
    }

    private static boolean partOfIdentifier(StringBuilder out) {
        if (out.length() == 0) {
            return false;
        }
        char last = out.charAt(out.length() - 1);
        return Character.isLetterOrDigit(last) || last == '_' || last == '$';
    }

    private static String collapsePlaceholderLists(String sql) {
        if (!sql.contains("?,") && !sql.contains("? ,")) {
            return sql;
        }
        return IN_LIST.matcher(sql).replaceAll("$1(?)");
    }
}
