package dev.carve.analyzer.data;

import com.fasterxml.jackson.databind.JsonNode;
import dev.carve.analyzer.model.SourceLocation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import org.w3c.dom.Element;

/**
 * Replays Liquibase changelogs (XML or YAML) into a {@link TableBook}: createTable with column constraints,
 * addColumn, addPrimaryKey, addForeignKeyConstraint, dropTable, and raw {@code sql} changes as DDL.
 */
final class LiquibaseChangelogs {
    private LiquibaseChangelogs() {}

    static void xml(Element root, String file, TableBook book, BiConsumer<String, SourceLocation> sqlChange) {
        SourceLocation at = SourceLocation.of(file, 0);
        for (Element change : Xml.descendants(root, "createTable")) {
            String table = change.getAttribute("tableName");
            book.create(table, at);
            for (Element column : Xml.descendants(change, "column")) {
                xmlColumn(table, column, at, book);
            }
        }
        for (Element change : Xml.descendants(root, "addColumn")) {
            String table = change.getAttribute("tableName");
            for (Element column : Xml.descendants(change, "column")) {
                xmlColumn(table, column, at, book);
            }
        }
        for (Element fk : Xml.descendants(root, "addForeignKeyConstraint")) {
            book.foreignKey(
                    fk.getAttribute("baseTableName"),
                    list(fk.getAttribute("baseColumnNames")),
                    fk.getAttribute("referencedTableName"),
                    list(fk.getAttribute("referencedColumnNames")),
                    at);
        }
        for (Element pk : Xml.descendants(root, "addPrimaryKey")) {
            book.primaryKey(pk.getAttribute("tableName"), list(pk.getAttribute("columnNames")), at);
        }
        for (Element drop : Xml.descendants(root, "dropTable")) {
            book.drop(drop.getAttribute("tableName"));
        }
        for (Element sql : Xml.descendants(root, "sql")) {
            sqlChange.accept(sql.getTextContent(), at);
        }
    }

    private static void xmlColumn(String table, Element column, SourceLocation at, TableBook book) {
        Element constraints = Xml.children(column).stream()
                .filter(e -> Xml.name(e).equals("constraints"))
                .findFirst()
                .orElse(null);
        boolean pk = constraints != null && "true".equals(constraints.getAttribute("primaryKey"));
        boolean nullable = constraints == null || !"false".equals(constraints.getAttribute("nullable"));
        book.column(table, column.getAttribute("name"), column.getAttribute("type"), nullable, pk, at);
        if (constraints != null) {
            String ref = constraints.getAttribute("referencedTableName");
            String references = constraints.getAttribute("references");
            if (!ref.isEmpty()) {
                book.foreignKey(
                        table,
                        List.of(column.getAttribute("name")),
                        ref,
                        list(constraints.getAttribute("referencedColumnNames")),
                        at);
            } else if (!references.isEmpty()) {
                addReferences(table, column.getAttribute("name"), references, at, book);
            }
        }
    }

    static void yaml(JsonNode root, String file, TableBook book, BiConsumer<String, SourceLocation> sqlChange) {
        SourceLocation at = SourceLocation.of(file, 0);
        for (JsonNode change : findAll(root, "createTable")) {
            String table = change.path("tableName").asText();
            book.create(table, at);
            for (JsonNode c : change.path("columns")) {
                yamlColumn(table, c.path("column"), at, book);
            }
        }
        for (JsonNode change : findAll(root, "addColumn")) {
            for (JsonNode c : change.path("columns")) {
                yamlColumn(change.path("tableName").asText(), c.path("column"), at, book);
            }
        }
        for (JsonNode fk : findAll(root, "addForeignKeyConstraint")) {
            book.foreignKey(
                    fk.path("baseTableName").asText(),
                    list(fk.path("baseColumnNames").asText()),
                    fk.path("referencedTableName").asText(),
                    list(fk.path("referencedColumnNames").asText()),
                    at);
        }
        for (JsonNode pk : findAll(root, "addPrimaryKey")) {
            book.primaryKey(
                    pk.path("tableName").asText(), list(pk.path("columnNames").asText()), at);
        }
        for (JsonNode drop : findAll(root, "dropTable")) {
            book.drop(drop.path("tableName").asText());
        }
        for (JsonNode sql : findAll(root, "sql")) {
            String text = sql.isTextual() ? sql.asText() : sql.path("sql").asText();
            sqlChange.accept(text, at);
        }
    }

    private static void yamlColumn(String table, JsonNode column, SourceLocation at, TableBook book) {
        JsonNode constraints = column.path("constraints");
        boolean pk = constraints.path("primaryKey").asBoolean(false);
        boolean nullable = constraints.path("nullable").asBoolean(true);
        String name = column.path("name").asText();
        book.column(table, name, column.path("type").asText(), nullable, pk, at);
        if (constraints.has("referencedTableName")) {
            book.foreignKey(
                    table,
                    List.of(name),
                    constraints.path("referencedTableName").asText(),
                    list(constraints.path("referencedColumnNames").asText()),
                    at);
        } else if (constraints.has("references")) {
            addReferences(table, name, constraints.path("references").asText(), at, book);
        }
    }

    /** Liquibase's {@code references="customer(id)"} shorthand. */
    private static void addReferences(
            String table, String column, String references, SourceLocation at, TableBook book) {
        int paren = references.indexOf('(');
        String target = paren < 0 ? references : references.substring(0, paren);
        List<String> cols =
                paren < 0 ? List.of() : list(references.substring(paren + 1).replace(")", ""));
        book.foreignKey(table, List.of(column), target.trim(), cols, at);
    }

    private static List<JsonNode> findAll(JsonNode node, String field) {
        List<JsonNode> out = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals(field)) {
                    out.add(e.getValue());
                }
                out.addAll(findAll(e.getValue(), field));
            });
        } else if (node.isArray()) {
            node.forEach(n -> out.addAll(findAll(n, field)));
        }
        return out;
    }

    private static List<String> list(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
