package dev.carve.analyzer.runtime;

import dev.carve.analyzer.data.SqlFacts;
import dev.carve.analyzer.data.SqlStatements;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The tables a recorded SQL statement reads and writes, found at import time by the same SQL parser and table-name
 * rule as static analysis ({@link SqlStatements}; the agent only records the normalized text, see ADR 0003).
 * Statements repeat a lot in traces, so results are cached per text. Schema changes and session statements touch no
 * data and are skipped before parsing.
 */
final class RuntimeSql {
    /** Starts the message of every SQL problem met in a trace, so a re-import can drop the previous ones. */
    static final String PROBLEM_PREFIX = "runtime SQL: ";

    private static final Set<String> NO_DATA_ACCESS = Set.of(
            "create",
            "alter",
            "drop",
            "truncate",
            "comment",
            "grant",
            "revoke",
            "set",
            "show",
            "begin",
            "commit",
            "rollback",
            "savepoint",
            "release",
            "start",
            "lock",
            "analyze",
            "vacuum",
            "explain",
            "call",
            "{call");

    /** Tables read and written by one statement; {@code error} is non-empty when it could not be parsed. */
    record Tables(Set<String> reads, Set<String> writes, String error) {
        static final Tables NONE = new Tables(Set.of(), Set.of(), "");
    }

    private final Map<String, Tables> cache = new ConcurrentHashMap<>();

    Tables tables(String sql) {
        return cache.computeIfAbsent(sql, RuntimeSql::parse);
    }

    private static Tables parse(String sql) {
        String text = sql.strip();
        int space = text.indexOf(' ');
        String keyword = (space < 0 ? text : text.substring(0, space)).toLowerCase(Locale.ROOT);
        if (text.isEmpty() || NO_DATA_ACCESS.contains(keyword)) {
            return Tables.NONE;
        }
        SqlFacts facts = SqlStatements.sql(text);
        return new Tables(facts.reads(), facts.writes(), facts.error());
    }
}
