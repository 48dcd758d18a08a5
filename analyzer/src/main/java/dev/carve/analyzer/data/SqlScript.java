package dev.carve.analyzer.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a SQL script into statements at top-level semicolons, keeping each statement's first line. Quotes,
 * comments and PostgreSQL dollar-quoted bodies are respected; comments are dropped from the statement text.
 */
final class SqlScript {
    /** One statement and the 1-based line it starts on. */
    record Statement(String text, int line) {}

    private SqlScript() {}

    static List<Statement> split(String script) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = 0;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                while (i < n && script.charAt(i) != '\n') {
                    i++;
                }
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                line += count(script, i, stop);
                current.append(' ');
                i = stop;
                continue;
            }
            if (c == '\'' || c == '"' || c == '`') {
                int end = i + 1;
                while (end < n && script.charAt(end) != c) {
                    end++;
                }
                int stop = Math.min(n, end + 1);
                if (startLine == 0) {
                    startLine = line;
                }
                line += count(script, i, stop);
                current.append(script, i, stop);
                i = stop;
                continue;
            }
            if (c == '$') {
                int tagEnd = script.indexOf('$', i + 1);
                if (tagEnd > 0 && script.substring(i + 1, tagEnd).chars().allMatch(Character::isJavaIdentifierPart)) {
                    String tag = script.substring(i, tagEnd + 1);
                    int close = script.indexOf(tag, tagEnd + 1);
                    int stop = close < 0 ? n : close + tag.length();
                    if (startLine == 0) {
                        startLine = line;
                    }
                    line += count(script, i, stop);
                    current.append(script, i, stop);
                    i = stop;
                    continue;
                }
            }
            if (c == ';') {
                flush(current, startLine, out);
                startLine = 0;
                i++;
                continue;
            }
            if (c == '\n') {
                line++;
            } else if (!Character.isWhitespace(c) && startLine == 0) {
                startLine = line;
            }
            current.append(c);
            i++;
        }
        flush(current, startLine, out);
        return out;
    }

    private static void flush(StringBuilder current, int line, List<Statement> out) {
        String text = current.toString().strip();
        if (!text.isEmpty()) {
            out.add(new Statement(text, Math.max(1, line)));
        }
        current.setLength(0);
    }

    private static int count(String s, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
