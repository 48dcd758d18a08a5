package dev.carve.analyzer.store;

import static dev.carve.analyzer.store.PlainValues.bool;
import static dev.carve.analyzer.store.PlainValues.decimal;
import static dev.carve.analyzer.store.PlainValues.number;
import static dev.carve.analyzer.store.PlainValues.string;
import static dev.carve.analyzer.store.PlainValues.strings;

import dev.carve.analyzer.Analysis;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A store written by {@code jqassistant:scan} (Neo4j 5.26, jQAssistant's Java plugin) as an analysis input: its
 * scanned types, methods and dependency facts become Carve facts with {@link Origin#BYTECODE} (ADR 0004). Anonymous
 * and local classes are folded into their enclosing type, as the bytecode reader does; {@code DEPENDS_ON} pairs no
 * other fact explains (generic arguments, class literals, local variables) become {@code TYPE_ARGUMENT}.
 */
public final class JqassistantStore {
    private static final Pattern ANONYMOUS = Pattern.compile("\\$[0-9].*$");
    private static final Set<String> IMPLICIT = Set.of("java.lang.Object", "java.lang.Enum", "java.lang.Record");

    private JqassistantStore() {}

    /** The hook for {@code carve analyze --jqassistant-store <dir>}: adds the store's facts to the analysis. */
    public static Analysis.GraphContributor contributor(Path dir) {
        return new Analysis.GraphContributor() {
            @Override
            public String phase() {
                return "reading the jQAssistant store";
            }

            @Override
            public CodeGraph contribute(CodeGraph graph, Progress progress) {
                return read(dir);
            }
        };
    }

    /** Checks that {@code dir} holds a Neo4j store (as jQAssistant writes it) without opening it. */
    public static void check(Path dir) {
        if (!Files.isDirectory(dir.resolve("data/databases/neo4j"))) {
            throw CarveException.badInput(dir + ": not a jQAssistant store (no data/databases/neo4j inside). Pass the"
                    + " directory jqassistant:scan wrote, e.g. target/jqassistant/store.");
        }
    }

    /** Reads the jQAssistant store in {@code dir} into a graph. */
    public static CodeGraph read(Path dir) {
        check(dir);
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(dir, EmbeddedNeo4j.BoltAccess.NONE)) {
            return read(db);
        }
    }

    static CodeGraph read(CypherSession session) {
        CodeGraph.Builder graph = CodeGraph.builder();
        Set<String> declared = new HashSet<>();
        for (Map<String, Object> r : rows(session, "jqa-types")) {
            String fqn = string(r.get("fqn"));
            if (!fqn.equals(fold(fqn))) {
                continue;
            }
            declared.add(fqn);
            List<String> labels = strings(r.get("labels"));
            graph.type(new TypeNode(
                    fqn,
                    kind(labels),
                    EnumSet.of(Origin.BYTECODE),
                    SourceLocation.of(fileOf(r, fqn), 0),
                    0,
                    new LinkedHashSet<>(strings(r.get("annotations"))),
                    flags(r, labels)));
        }
        for (Map<String, Object> r : rows(session, "jqa-methods")) {
            String type = string(r.get("type"));
            if (!declared.contains(type) || bool(r.get("synthetic"))) {
                continue;
            }
            String signature = string(r.get("signature"));
            graph.method(new MethodNode(
                    type,
                    signature,
                    string(r.get("name")),
                    SourceLocation.of("jqassistant:" + type, (int) number(r.get("line"))),
                    new LinkedHashSet<>(strings(r.get("annotations")))));
        }
        dependencies(session, graph);
        placeholders(graph);
        return graph.property("jqassistant.types", Integer.toString(declared.size()))
                .build();
    }

    private static void dependencies(CypherSession session, CodeGraph.Builder graph) {
        Set<List<String>> explained = new HashSet<>();
        List<Dependency> aggregated = new ArrayList<>();
        for (Map<String, Object> r : rows(session, "jqa-dependencies")) {
            String rawFrom = string(r.get("from"));
            String from = fold(rawFrom);
            String to = fold(string(r.get("to")).replace("[]", ""));
            String kind = string(r.get("kind"));
            if (kind.equals("INVOKES")
                    && IMPLICIT.contains(to)
                    && string(r.get("toMember")).contains("<init>")) {
                continue; // super() into Object, Enum or Record: every class has it
            }
            if (to.isEmpty()
                    || isPrimitive(to)
                    || IMPLICIT.contains(to) && !kind.equals("INVOKES") && !kind.equals("READS_FIELD")) {
                continue;
            }
            SourceLocation at = SourceLocation.of("jqassistant:" + from, (int) number(r.get("line")));
            if (kind.equals("DEPENDS_ON")) {
                aggregated.add(new Dependency(
                        from, to, DependencyKind.TYPE_ARGUMENT, Math.max(1, decimal(r.get("weight"))), at, "", ""));
                continue;
            }
            DependencyKind k = DependencyKind.valueOf(kind);
            String toMember = string(r.get("toMember"));
            if (!rawFrom.equals(from) && (k == DependencyKind.EXTENDS || k == DependencyKind.IMPLEMENTS)) {
                k = DependencyKind.CONSTRUCTS; // new Foo() { ... }: the enclosing type constructs Foo
                toMember = "void <init>()";
            }
            if (from.equals(to) && k.category() == DependencyKind.Category.STRUCTURE) {
                continue;
            }
            explained.add(List.of(from, to));
            graph.dependency(
                    new Dependency(from, to, k, 1.0, at, string(r.get("fromMember")), string(r.get("toMember"))));
        }
        for (Dependency d : aggregated) {
            if (!d.from().equals(d.to()) && explained.add(List.of(d.from(), d.to()))) {
                graph.dependency(d);
            }
        }
    }

    private static void placeholders(CodeGraph.Builder graph) {
        CodeGraph g = graph.build();
        Set<String> seen = new HashSet<>();
        for (Dependency d : g.dependencies()) {
            if (!g.hasType(d.to()) && seen.add(d.to())) {
                graph.type(new TypeNode(
                        d.to(),
                        TypeKind.CLASS,
                        EnumSet.of(Origin.BYTECODE),
                        SourceLocation.UNKNOWN,
                        0,
                        Set.of(),
                        EnumSet.of(TypeFlag.EXTERNAL)));
            }
        }
    }

    private static EnumSet<TypeFlag> flags(Map<String, Object> r, List<String> labels) {
        EnumSet<TypeFlag> flags = EnumSet.noneOf(TypeFlag.class);
        if (bool(r.get("abstract")) && !labels.contains("Interface")) {
            flags.add(TypeFlag.ABSTRACT);
        }
        if (bool(r.get("test"))) {
            flags.add(TypeFlag.TEST); // from the test output of a Maven scan: analyzed, never clustered
        }
        return flags;
    }

    private static String fileOf(Map<String, Object> r, String fqn) {
        Object file = r.get("file");
        return file == null ? "jqassistant:" + fqn : string(file).replaceFirst("^/", "");
    }

    private static TypeKind kind(List<String> labels) {
        if (labels.contains("Annotation")) {
            return TypeKind.ANNOTATION;
        }
        if (labels.contains("Interface")) {
            return TypeKind.INTERFACE;
        }
        if (labels.contains("Enum")) {
            return TypeKind.ENUM;
        }
        if (labels.contains("Record")) {
            return TypeKind.RECORD;
        }
        return TypeKind.CLASS;
    }

    /** Anonymous and local classes ({@code Outer$1}, {@code Outer$1Local}) count for their enclosing type. */
    static String fold(String fqn) {
        return ANONYMOUS.matcher(fqn).replaceFirst("");
    }

    private static boolean isPrimitive(String name) {
        return switch (name) {
            case "int", "long", "short", "byte", "char", "boolean", "float", "double", "void" -> true;
            default -> false;
        };
    }

    private static List<Map<String, Object>> rows(CypherSession session, String statement) {
        QueryResult result = session.run(Cypher.statement(statement), Map.of());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (List<Object> values : result.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < result.columns().size(); i++) {
                row.put(result.columns().get(i), values.get(i));
            }
            rows.add(row);
        }
        return rows;
    }
}
