package dev.carve.analyzer.data;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;
import net.sf.jsqlparser.util.TablesNamesFinder;

/**
 * Parses SQL with JSqlParser into the tables a statement reads and writes. JPQL is read by its FROM/JOIN/UPDATE/
 * DELETE clauses instead (see {@link #jpql(String)}).
 */
public final class SqlStatements {
    private static final int MAX_LENGTH = 20_000;

    private SqlStatements() {}

    /** Whether a string literal is worth parsing as SQL: it starts with a DML keyword. */
    public static boolean looksLikeSql(String text) {
        String stripped = text.stripLeading();
        int space = stripped.indexOf(' ');
        if (space < 0) {
            return false;
        }
        String keyword = stripped.substring(0, space);
        if (!keyword.equals(keyword.toLowerCase(Locale.ROOT)) && !keyword.equals(keyword.toUpperCase(Locale.ROOT))) {
            return false; // "Select a product" is prose, "select"/"SELECT" is SQL
        }
        String t = stripped.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return switch (keyword.toLowerCase(Locale.ROOT)) {
            case "select" -> t.contains(" from ");
            case "insert", "merge", "upsert" -> t.startsWith(keyword.toLowerCase(Locale.ROOT) + " into ");
            case "update" -> t.contains(" set ");
            case "delete" -> t.startsWith("delete from ") || t.contains(" from ");
            case "with" -> t.contains(" as (") && t.contains("select ");
            default -> false;
        };
    }

    /** Parses native SQL. */
    public static SqlFacts sql(String sql) {
        String text = sql.strip();
        if (text.endsWith(";")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.length() > MAX_LENGTH) {
            return SqlFacts.failed("statement longer than " + MAX_LENGTH + " characters, not parsed");
        }
        Statement statement;
        try {
            statement = CCJSqlParserUtil.newParser(text).Statement();
        } catch (net.sf.jsqlparser.parser.ParseException | RuntimeException | Error e) {
            return SqlFacts.failed(firstLine(e.getMessage()));
        }
        if (statement == null || statement instanceof UnsupportedStatement) {
            return SqlFacts.failed("statement not understood by the SQL parser");
        }
        return facts(statement);
    }

    /**
     * Reads JPQL/HQL: entity names come back where SQL has table names. JPQL is not SQL (path joins such as
     * {@code join o.lines} name associations, entity names may be SQL keywords), so its clauses are read directly.
     */
    public static SqlFacts jpql(String jpql) {
        return JpqlClauses.read(jpql);
    }

    static SqlFacts facts(Statement statement) {
        Set<String> all = new LinkedHashSet<>();
        try {
            for (String t : new TablesNamesFinder<Void>().getTables(statement)) {
                all.add(TableNames.normalize(t));
            }
        } catch (UnsupportedOperationException e) {
            return SqlFacts.failed(
                    "statement kind not supported: " + statement.getClass().getSimpleName());
        }
        Set<String> writes = new LinkedHashSet<>();
        List<Table> targets = new ArrayList<>();
        if (statement instanceof Insert insert) {
            targets.add(insert.getTable());
        } else if (statement instanceof Update update) {
            targets.add(update.getTable());
        } else if (statement instanceof Delete delete) {
            if (delete.getTables() != null && !delete.getTables().isEmpty()) {
                targets.addAll(delete.getTables());
            } else {
                targets.add(delete.getTable());
            }
        } else if (statement instanceof Merge merge) {
            targets.add(merge.getTable());
        } else if (statement instanceof Upsert upsert) {
            targets.add(upsert.getTable());
        } else if (!(statement instanceof Select)) {
            return new SqlFacts(Set.of(), Set.of(), "");
        }
        for (Table t : targets) {
            if (t != null) {
                writes.add(TableNames.normalize(t.getFullyQualifiedName()));
            }
        }
        Set<String> reads = new LinkedHashSet<>(all);
        reads.removeAll(writes);
        return new SqlFacts(reads, writes, "");
    }

    static String firstLine(String message) {
        if (message == null) {
            return "not valid SQL";
        }
        String line = message.strip().lines().findFirst().orElse("not valid SQL");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }
}
