package dev.carve.analyzer.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the entity names of a JPQL statement from its FROM, JOIN, UPDATE, DELETE FROM and INSERT INTO clauses. Path
 * joins ({@code join o.lines l}) name associations, not entities, and are skipped: the JPA relations carry them.
 */
final class JpqlClauses {
    private JpqlClauses() {}

    static SqlFacts read(String jpql) {
        List<String> tokens = new ArrayList<>(tokens(jpql));
        tokens.removeIf(t -> t.equalsIgnoreCase("fetch")
                || t.equalsIgnoreCase("outer")
                || t.equalsIgnoreCase("left")
                || t.equalsIgnoreCase("inner")
                || t.equalsIgnoreCase("right"));
        if (tokens.isEmpty()) {
            return SqlFacts.failed("empty query");
        }
        String first = tokens.get(0).toLowerCase(Locale.ROOT);
        Set<String> reads = new LinkedHashSet<>();
        Set<String> writes = new LinkedHashSet<>();
        Map<String, String> aliases = new HashMap<>();
        for (int i = 0; i < tokens.size() - 1; i++) {
            String t = tokens.get(i).toLowerCase(Locale.ROOT);
            String next = tokens.get(i + 1);
            if (!Character.isJavaIdentifierStart(next.charAt(0))) {
                continue;
            }
            boolean entityFollows = t.equals("from") || t.equals("join") || t.equals(",") && inFromClause(tokens, i);
            String target = null;
            boolean write = false;
            if (entityFollows && next.contains(".")) {
                // a path join: alias.association names the associated entity
                String[] path = next.split("\\.");
                String owner = aliases.get(path[0]);
                if (owner != null) {
                    target = owner + "#" + String.join("#", java.util.Arrays.copyOfRange(path, 1, path.length));
                }
            } else if (entityFollows) {
                target = next;
                write = (first.equals("delete") && i <= 2) || (first.equals("update") && i <= 1);
            } else if ((t.equals("update") && i == 0) || (t.equals("into") && first.equals("insert"))) {
                target = next;
                write = true;
            }
            if (target == null) {
                continue;
            }
            (write ? writes : reads).add(target);
            int aliasAt = i + 2 < tokens.size() && tokens.get(i + 2).equalsIgnoreCase("as") ? i + 3 : i + 2;
            if (aliasAt < tokens.size() && isAlias(tokens.get(aliasAt))) {
                aliases.put(tokens.get(aliasAt), target);
            }
        }
        if (reads.isEmpty() && writes.isEmpty()) {
            return SqlFacts.failed("no entity found in the query");
        }
        reads.removeAll(writes);
        return new SqlFacts(reads, writes, "");
    }

    private static final Set<String> KEYWORDS = Set.of(
            "where", "join", "left", "inner", "on", "with", "group", "order", "set", "having", "select", "from", "and",
            "or", "union", "as", "fetch");

    private static boolean isAlias(String token) {
        return Character.isJavaIdentifierStart(token.charAt(0))
                && !token.contains(".")
                && !KEYWORDS.contains(token.toLowerCase(Locale.ROOT));
    }

    private static boolean inFromClause(List<String> tokens, int comma) {
        for (int i = comma - 1; i >= 0; i--) {
            String t = tokens.get(i).toLowerCase(Locale.ROOT);
            if (t.equals("from")) {
                return true;
            }
            if (t.equals("where") || t.equals("select") || t.equals("(") || t.equals(")")) {
                return false;
            }
        }
        return false;
    }

    private static List<String> tokens(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                int end = text.indexOf('\'', i + 1);
                i = end < 0 ? text.length() : end + 1;
                out.add("''");
            } else if (Character.isJavaIdentifierStart(c)) {
                int start = i;
                while (i < text.length() && (Character.isJavaIdentifierPart(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                out.add(text.substring(start, i));
            } else {
                out.add(String.valueOf(c));
                i++;
            }
        }
        return out;
    }
}
