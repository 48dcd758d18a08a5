package dev.carve.analyzer.store;

import static dev.carve.analyzer.store.PlainValues.bool;
import static dev.carve.analyzer.store.PlainValues.decimal;
import static dev.carve.analyzer.store.PlainValues.number;
import static dev.carve.analyzer.store.PlainValues.string;
import static dev.carve.analyzer.store.PlainValues.strings;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Column;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.ForeignKey;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Reads what {@link GraphWriter} wrote back into a {@link CodeGraph}; derived structures are ignored. */
final class GraphReader {
    /** Where the rows of the read statements ({@code read-*.cypher}: same names, same columns) come from. */
    @FunctionalInterface
    interface Rows {
        void each(String statement, Consumer<Map<String, Object>> consumer);
    }

    private final Rows source;

    /** Rows from running the read statements' Cypher. */
    GraphReader(CypherSession session) {
        this((statement, consumer) -> {
            QueryResult result = session.run(Cypher.statement(statement), Map.of());
            for (List<Object> values : result.rows()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 0; i < result.columns().size(); i++) {
                    row.put(result.columns().get(i), values.get(i));
                }
                consumer.accept(row);
            }
        });
    }

    GraphReader(Rows source) {
        this.source = source;
    }

    CodeGraph read() {
        CodeGraph.Builder graph = CodeGraph.builder();
        rows(
                "read-types",
                r -> graph.type(new TypeNode(
                        string(r.get("fqn")),
                        TypeKind.valueOf(string(r.get("kind"))),
                        enums(Origin.class, r.get("origins")),
                        location(r),
                        (int) number(r.get("linesOfCode")),
                        new HashSet<>(strings(r.get("annotations"))),
                        enums(TypeFlag.class, r.get("flags")))));
        rows(
                "read-methods",
                r -> graph.method(new MethodNode(
                        string(r.get("type")),
                        string(r.get("signature")),
                        string(r.get("name")),
                        location(r),
                        new HashSet<>(strings(r.get("annotations"))))));
        rows(
                "read-dependencies",
                r -> graph.dependency(new Dependency(
                        string(r.get("from")),
                        string(r.get("to")),
                        DependencyKind.valueOf(string(r.get("kind"))),
                        decimal(r.get("weight")),
                        location(r),
                        string(r.get("fromMember")),
                        string(r.get("toMember")))));
        rows("read-tables", r -> graph.table(table(r)));
        rows(
                "read-table-accesses",
                r -> graph.tableAccess(new TableAccess(
                        string(r.get("type")),
                        string(r.get("table")),
                        string(r.get("access")).equals("READS") ? AccessKind.READ : AccessKind.WRITE,
                        AccessVia.valueOf(string(r.get("via"))),
                        decimal(r.get("weight")),
                        location(r),
                        string(r.get("member")))));
        rows(
                "read-entry-points",
                r -> graph.entryPoint(new EntryPoint(
                        string(r.get("id")),
                        EntryPointKind.valueOf(string(r.get("kind"))),
                        string(r.get("type")),
                        string(r.get("method")),
                        string(r.get("httpMethod")),
                        string(r.get("path")),
                        location(r))));
        rows("read-contexts", r -> graph.context(context(r)));
        rows(
                "read-problems",
                r -> graph.problem(new AnalysisProblem(
                        ProblemKind.valueOf(string(r.get("kind"))), string(r.get("message")), location(r))));
        rows("read-analysis", r -> {
            List<String> keys = strings(r.get("keys"));
            List<String> values = strings(r.get("values"));
            for (int i = 0; i < keys.size() && i < values.size(); i++) {
                graph.property(keys.get(i), values.get(i));
            }
        });
        return graph.build();
    }

    private void rows(String statement, Consumer<Map<String, Object>> consumer) {
        source.each(statement, consumer);
    }

    private static TableNode table(Map<String, Object> r) {
        List<Column> columns = new ArrayList<>();
        for (Object c : (List<?>) r.get("columns")) {
            Map<?, ?> column = (Map<?, ?>) c;
            columns.add(new Column(
                    string(column.get("name")),
                    string(column.get("sqlType")),
                    bool(column.get("nullable")),
                    bool(column.get("primaryKey"))));
        }
        List<ForeignKey> foreignKeys = new ArrayList<>();
        for (Object f : (List<?>) r.get("foreignKeys")) {
            Map<?, ?> fk = (Map<?, ?>) f;
            foreignKeys.add(new ForeignKey(
                    strings(fk.get("columns")),
                    string(fk.get("referencedTable")),
                    strings(fk.get("referencedColumns"))));
        }
        return new TableNode(
                string(r.get("name")),
                columns,
                foreignKeys,
                new HashSet<>(strings(r.get("entities"))),
                enums(Origin.class, r.get("origins")),
                location(r));
    }

    private static BusinessContext context(Map<String, Object> r) {
        Map<String, Long> calls = new LinkedHashMap<>();
        for (Object c : (List<?>) r.get("calls")) {
            Map<?, ?> call = (Map<?, ?>) c;
            calls.put(string(call.get("type")), number(call.get("calls")));
        }
        return new BusinessContext(
                string(r.get("name")),
                string(r.get("entryPoint")),
                number(r.get("invocations")),
                calls,
                new HashSet<>(strings(r.get("tablesRead"))),
                new HashSet<>(strings(r.get("tablesWritten"))));
    }

    private static SourceLocation location(Map<String, Object> r) {
        return new SourceLocation(string(r.get("file")), (int) number(r.get("line")));
    }

    private static <E extends Enum<E>> EnumSet<E> enums(Class<E> type, Object value) {
        EnumSet<E> set = EnumSet.noneOf(type);
        for (String name : strings(value)) {
            set.add(Enum.valueOf(type, name));
        }
        return set;
    }
}
