package dev.carve.analyzer.data;

import dev.carve.analyzer.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.table.ColumnDefinition;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;
import net.sf.jsqlparser.statement.drop.Drop;

/** Replays DDL statements (parsed with JSqlParser) into a {@link TableBook}. */
final class DdlStatements {
    private DdlStatements() {}

    /** Whether a statement is DDL this reader replays; others (DML seeds, grants, functions) are skipped. */
    static boolean isTableDdl(String statement) {
        String s = statement.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        return s.startsWith("create table")
                || s.startsWith("create unlogged table")
                || s.startsWith("create temporary table")
                || s.startsWith("create global temporary table")
                || s.startsWith("alter table")
                || s.startsWith("drop table")
                || s.startsWith("create cached table")
                || s.startsWith("create memory table");
    }

    /** Applies one statement; returns an error message, or empty when it was understood. */
    static String apply(String sql, SourceLocation at, TableBook book) {
        Statement statement;
        try {
            statement = CCJSqlParserUtil.newParser(sql).Statement();
        } catch (net.sf.jsqlparser.parser.ParseException | RuntimeException | Error e) {
            return SqlStatements.firstLine(e.getMessage());
        }
        if (statement instanceof CreateTable create) {
            createTable(create, at, book);
        } else if (statement instanceof Alter alter) {
            alter(alter, at, book);
        } else if (statement instanceof Drop drop && "TABLE".equalsIgnoreCase(drop.getType())) {
            book.drop(drop.getName().getFullyQualifiedName());
        } else {
            return "statement not understood by the SQL parser";
        }
        return "";
    }

    private static void createTable(CreateTable create, SourceLocation at, TableBook book) {
        String table = create.getTable().getFullyQualifiedName();
        book.create(table, at);
        if (create.getColumnDefinitions() != null) {
            for (ColumnDefinition c : create.getColumnDefinitions()) {
                column(table, c, at, book);
            }
        }
        if (create.getIndexes() != null) {
            for (Index index : create.getIndexes()) {
                index(table, index, at, book);
            }
        }
    }

    private static void column(String table, ColumnDefinition c, SourceLocation at, TableBook book) {
        List<String> specs = c.getColumnSpecs() == null ? List.of() : c.getColumnSpecs();
        String joined = String.join(" ", specs).toUpperCase(Locale.ROOT);
        String type = c.getColDataType() == null ? "" : c.getColDataType().toString();
        boolean pk = joined.contains("PRIMARY KEY");
        boolean nullable = !joined.contains("NOT NULL") && !pk;
        book.column(table, c.getColumnName(), type, nullable, pk, at);
        // inline "REFERENCES other (id)"
        for (int i = 0; i < specs.size() - 1; i++) {
            if (specs.get(i).equalsIgnoreCase("REFERENCES")) {
                String target = specs.get(i + 1);
                List<String> refColumns = new ArrayList<>();
                int paren = target.indexOf('(');
                if (paren > 0) {
                    refColumns.add(target.substring(
                            paren + 1, target.indexOf(')', paren) < 0 ? target.length() : target.indexOf(')', paren)));
                    target = target.substring(0, paren);
                } else if (i + 2 < specs.size() && specs.get(i + 2).startsWith("(")) {
                    refColumns.add(specs.get(i + 2).replaceAll("[()\\s]", ""));
                }
                book.foreignKey(table, List.of(c.getColumnName()), target, refColumns, at);
            }
        }
    }

    private static void index(String table, Index index, SourceLocation at, TableBook book) {
        if (index instanceof ForeignKeyIndex fk && fk.getTable() != null) {
            book.foreignKey(
                    table,
                    fk.getColumnsNames(),
                    fk.getTable().getFullyQualifiedName(),
                    fk.getReferencedColumnNames() == null ? List.of() : fk.getReferencedColumnNames(),
                    at);
        } else if (index.getType() != null
                && index.getType().toUpperCase(Locale.ROOT).contains("PRIMARY")) {
            book.primaryKey(table, index.getColumnsNames(), at);
        }
    }

    private static void alter(Alter alter, SourceLocation at, TableBook book) {
        String table = alter.getTable().getFullyQualifiedName();
        if (alter.getAlterExpressions() == null) {
            return;
        }
        for (AlterExpression e : alter.getAlterExpressions()) {
            if (e.getOperation() != AlterOperation.ADD && e.getOperation() != AlterOperation.ALTER) {
                continue;
            }
            if (e.getColDataTypeList() != null && e.getOperation() == AlterOperation.ADD) {
                for (AlterExpression.ColumnDataType c : e.getColDataTypeList()) {
                    column(table, c, at, book);
                }
            }
            if (e.getIndex() != null) {
                index(table, e.getIndex(), at, book);
            }
            if (e.getPkColumns() != null) {
                book.primaryKey(table, e.getPkColumns(), at);
            }
        }
    }
}
