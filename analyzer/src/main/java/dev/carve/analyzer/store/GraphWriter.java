package dev.carve.analyzer.store;

import dev.carve.analyzer.Progress;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Column;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.ForeignKey;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeNode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a {@link CodeGraph} as nodes and relationships, in batches of parameter lists ({@code UNWIND $rows}). Facts
 * are written so that {@link GraphReader} reads them back unchanged; derived jQAssistant structures (DEPENDS_ON,
 * method INVOKES, annotation values, packages) are written alongside and never read back.
 */
final class GraphWriter {
    static final int BATCH = 10_000;

    private final CypherSession session;
    private final Progress progress;
    private RowSink sink;

    GraphWriter(CypherSession session, Progress progress) {
        this.session = session;
        this.progress = progress;
    }

    void write(CodeGraph graph) {
        sink = session.rowSink(BATCH);
        Set<String> declaredMethods = new LinkedHashSet<>();
        graph.methods().forEach(m -> declaredMethods.add(methodKey(m.type(), m.signature())));
        List<Map<String, Object>> invokes = invokeRows(graph);
        Map<String, String[]> stubMethods = stubMethods(invokes, declaredMethods);

        progress.phase("store types", graph.types().size());
        batches("write-types", typeRows(graph, stubMethods));
        batches("write-packages", packageRows(graph));
        progress.phase("store methods", graph.methods().size());
        batches("write-methods", methodRows(graph, stubMethods));
        progress.phase("store dependencies", graph.dependencies().size());
        batches("write-dependencies", dependencyRows(graph));
        batches("write-depends-on", dependsOnRows(graph));
        batches("write-invokes", invokes);
        batches("write-type-annotations", typeAnnotationRows(graph));
        batches("write-method-annotations", methodAnnotationRows(graph));
        progress.phase(
                "store tables", graph.tables().size() + graph.tableAccesses().size());
        batches("write-tables", tableRows(graph));
        batches("write-foreign-keys", foreignKeyRows(graph));
        batches("write-mapped-to", mappedToRows(graph));
        batches("write-table-accesses", tableAccessRows(graph));
        batches("write-entry-points", entryPointRows(graph));
        batches("write-contexts", contextRows(graph));
        batches("write-problems", problemRows(graph));
        List<String> keys = new ArrayList<>(graph.properties().keySet());
        List<String> values = new ArrayList<>(graph.properties().values());
        batches("write-analysis", List.of(Map.of("keys", keys, "values", values)));
    }

    /** Seconds spent per statement in the last {@link #write}, for the store benchmark. */
    final Map<String, Double> timings = new LinkedHashMap<>();

    private void batches(String statement, List<Map<String, Object>> rows) {
        long start = System.nanoTime();
        sink.write(statement, rows);
        progress.advance(rows.size());
        timings.put(statement + " (" + rows.size() + ")", (System.nanoTime() - start) / 1e9);
    }

    static String methodKey(String type, String signature) {
        return type + "#" + signature;
    }

    // --- types and packages

    private static List<Map<String, Object>> typeRows(CodeGraph graph, Map<String, String[]> stubMethods) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (TypeNode t : graph.types()) {
            Map<String, Object> props = new HashMap<>();
            props.put("fqn", t.name());
            props.put("name", t.simpleName());
            props.put("kind", t.kind().name());
            putIfPresent(props, "origins", sortedNames(t.origins()));
            put(props, t.location());
            if (t.linesOfCode() > 0) {
                props.put("linesOfCode", (long) t.linesOfCode());
            }
            putIfPresent(props, "annotations", sorted(t.annotations()));
            putIfPresent(props, "flags", sortedNames(t.flags()));
            props.put("carveOrder", (long) order++);
            rows.add(Map.of("props", props, "labels", List.of(kindLabel(t.kind().name()))));
        }
        for (String stub : stubTypes(graph, stubMethods)) {
            Map<String, Object> props = new HashMap<>();
            props.put("fqn", stub);
            props.put("name", simpleName(stub));
            props.put("carveStub", true);
            rows.add(Map.of("props", props, "labels", List.of("Type")));
        }
        return rows;
    }

    /** Every type name a fact refers to that the graph does not declare: written as a bare :Type node. */
    private static Set<String> stubTypes(CodeGraph graph, Map<String, String[]> stubMethods) {
        Set<String> names = new LinkedHashSet<>();
        for (Dependency d : graph.dependencies()) {
            names.add(d.from());
            names.add(d.to());
        }
        graph.types().forEach(t -> names.addAll(t.annotations()));
        graph.methods().forEach(m -> {
            names.add(m.type());
            names.addAll(m.annotations());
        });
        stubMethods.values().forEach(typeAndSignature -> names.add(typeAndSignature[0]));
        graph.tableAccesses().forEach(a -> names.add(a.type()));
        graph.tables().forEach(t -> names.addAll(t.entities()));
        graph.entryPoints().forEach(e -> names.add(e.type()));
        graph.contexts().forEach(c -> names.addAll(c.classCalls().keySet()));
        graph.types().forEach(t -> names.remove(t.name()));
        names.removeIf(String::isBlank);
        return names;
    }

    private static List<Map<String, Object>> packageRows(CodeGraph graph) {
        Map<String, List<String>> packages = new TreeMap<>();
        for (TypeNode t : graph.types()) {
            if (!t.packageName().isEmpty()) {
                packages.computeIfAbsent(t.packageName(), p -> new ArrayList<>())
                        .add(t.name());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        packages.forEach((fqn, types) -> rows.add(Map.of("fqn", fqn, "name", simpleName(fqn), "types", types)));
        return rows;
    }

    // --- methods

    private static List<Map<String, Object>> methodRows(CodeGraph graph, Map<String, String[]> stubMethods) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (MethodNode m : graph.methods()) {
            Map<String, Object> props = new HashMap<>();
            props.put("carveKey", methodKey(m.type(), m.signature()));
            props.put("signature", m.signature());
            props.put("name", m.name());
            put(props, m.location());
            if (m.location().line() > 0) {
                props.put("firstLineNumber", (long) m.location().line());
            }
            putIfPresent(props, "annotations", sorted(m.annotations()));
            props.put("carveOrder", (long) order++);
            rows.add(Map.of("type", m.type(), "props", props, "labels", methodLabels(m.name())));
        }
        stubMethods.forEach((key, typeAndSignature) -> {
            Map<String, Object> props = new HashMap<>();
            props.put("carveKey", key);
            props.put("signature", typeAndSignature[1]);
            props.put("name", methodName(typeAndSignature[1]));
            props.put("carveStub", true);
            rows.add(Map.of(
                    "type",
                    typeAndSignature[0],
                    "props",
                    props,
                    "labels",
                    methodLabels(methodName(typeAndSignature[1]))));
        });
        return rows;
    }

    private static List<String> methodLabels(String name) {
        return name.equals("<init>") ? List.of("Method", "Constructor") : List.of("Method");
    }

    private static List<Map<String, Object>> invokeRows(CodeGraph graph) {
        Map<List<String>, double[]> weights = new LinkedHashMap<>();
        Map<List<String>, Long> lines = new HashMap<>();
        for (Dependency d : graph.dependencies()) {
            boolean call = d.kind() == DependencyKind.INVOKES || d.kind() == DependencyKind.CONSTRUCTS;
            if (call && !d.fromMember().isEmpty() && !d.toMember().isEmpty()) {
                List<String> key = List.of(methodKey(d.from(), d.fromMember()), methodKey(d.to(), d.toMember()));
                weights.computeIfAbsent(key, k -> new double[1])[0] += d.weight();
                lines.putIfAbsent(key, (long) d.location().line());
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        weights.forEach((key, w) ->
                rows.add(Map.of("from", key.get(0), "to", key.get(1), "weight", w[0], "line", lines.get(key))));
        return rows;
    }

    /** Methods that INVOKES needs but the graph does not declare, key to {type, signature}. */
    private static Map<String, String[]> stubMethods(List<Map<String, Object>> invokes, Set<String> declared) {
        Map<String, String[]> stubs = new LinkedHashMap<>();
        for (Map<String, Object> row : invokes) {
            for (String end : List.of((String) row.get("from"), (String) row.get("to"))) {
                if (!declared.contains(end) && !stubs.containsKey(end)) {
                    int hash = end.indexOf('#');
                    stubs.put(end, new String[] {end.substring(0, hash), end.substring(hash + 1)});
                }
            }
        }
        return stubs;
    }

    // --- dependencies

    private static List<Map<String, Object>> dependencyRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (Dependency d : graph.dependencies()) {
            Map<String, Object> props = new HashMap<>();
            props.put("kind", d.kind().name());
            props.put("weight", d.weight());
            put(props, d.location());
            putIfPresent(props, "fromMember", d.fromMember());
            putIfPresent(props, "toMember", d.toMember());
            props.put("carveOrder", (long) order++);
            rows.add(Map.of("from", d.from(), "to", d.to(), "type", RelationshipNames.of(d.kind()), "props", props));
        }
        return rows;
    }

    private static List<Map<String, Object>> dependsOnRows(CodeGraph graph) {
        Map<List<String>, double[]> weights = new LinkedHashMap<>();
        for (Dependency d : graph.dependencies()) {
            if (RelationshipNames.isCodeDependency(d.kind()) && !d.from().equals(d.to())) {
                weights.computeIfAbsent(List.of(d.from(), d.to()), k -> new double[1])[0] += d.weight();
            }
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        weights.forEach((pair, w) -> rows.add(Map.of("from", pair.get(0), "to", pair.get(1), "weight", w[0])));
        return rows;
    }

    private static List<Map<String, Object>> typeAnnotationRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TypeNode t : graph.types()) {
            for (String annotation : sorted(t.annotations())) {
                rows.add(Map.of("owner", t.name(), "annotation", annotation));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> methodAnnotationRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (MethodNode m : graph.methods()) {
            for (String annotation : sorted(m.annotations())) {
                rows.add(Map.of("owner", methodKey(m.type(), m.signature()), "annotation", annotation));
            }
        }
        return rows;
    }

    // --- data

    private static List<Map<String, Object>> tableRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (TableNode t : graph.tables()) {
            Map<String, Object> props = new HashMap<>();
            props.put("name", t.name());
            props.put("entities", sorted(t.entities()));
            props.put("origins", sortedNames(t.origins()));
            put(props, t.location());
            props.put("carveOrder", (long) order++);
            List<Map<String, Object>> columns = new ArrayList<>();
            int position = 0;
            for (Column c : t.columns()) {
                columns.add(Map.of(
                        "name", c.name(),
                        "sqlType", c.sqlType(),
                        "nullable", c.nullable(),
                        "primaryKey", c.primaryKey(),
                        "table", t.name(),
                        "position", (long) position++));
            }
            rows.add(Map.of("props", props, "columns", columns));
        }
        Set<String> stubs = new LinkedHashSet<>();
        graph.tables().forEach(t -> t.foreignKeys().forEach(fk -> stubs.add(fk.referencedTable())));
        graph.tableAccesses().forEach(a -> stubs.add(a.table()));
        graph.tables().forEach(t -> stubs.remove(t.name()));
        for (String stub : stubs) {
            rows.add(Map.of("props", Map.of("name", stub, "carveStub", true), "columns", List.of()));
        }
        return rows;
    }

    private static List<Map<String, Object>> foreignKeyRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TableNode t : graph.tables()) {
            int position = 0;
            for (ForeignKey fk : t.foreignKeys()) {
                rows.add(Map.of(
                        "from",
                        t.name(),
                        "to",
                        fk.referencedTable(),
                        "props",
                        Map.of(
                                "columns", fk.columns(),
                                "referencedColumns", fk.referencedColumns(),
                                "position", (long) position++)));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> mappedToRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (TableNode t : graph.tables()) {
            for (String entity : sorted(t.entities())) {
                rows.add(Map.of("type", entity, "table", t.name()));
            }
        }
        return rows;
    }

    private static List<Map<String, Object>> tableAccessRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (TableAccess a : graph.tableAccesses()) {
            Map<String, Object> props = new HashMap<>();
            props.put("via", a.via().name());
            props.put("weight", a.weight());
            put(props, a.location());
            putIfPresent(props, "member", a.member());
            props.put("carveOrder", (long) order++);
            rows.add(Map.of(
                    "type", a.type(), "table", a.table(), "rel", a.access().name() + "S", "props", props));
        }
        return rows;
    }

    // --- entry points, runtime contexts, problems

    private static List<Map<String, Object>> entryPointRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (EntryPoint e : graph.entryPoints()) {
            Map<String, Object> props = new HashMap<>();
            props.put("id", e.id());
            props.put("kind", e.kind().name());
            props.put("type", e.type());
            props.put("method", e.method());
            props.put("httpMethod", e.httpMethod());
            props.put("path", e.path());
            put(props, e.location());
            props.put("carveOrder", (long) order++);
            rows.add(Map.of("props", props, "methodKey", methodKey(e.type(), e.method())));
        }
        return rows;
    }

    private static List<Map<String, Object>> contextRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (BusinessContext c : graph.contexts()) {
            Map<String, Object> props = new HashMap<>();
            props.put("name", c.name());
            props.put("entryPoint", c.entryPoint());
            props.put("invocations", c.invocations());
            props.put("tablesRead", sorted(c.tablesRead()));
            props.put("tablesWritten", sorted(c.tablesWritten()));
            props.put("carveOrder", (long) order++);
            List<Map<String, Object>> calls = new ArrayList<>();
            int callOrder = 0;
            for (Map.Entry<String, Long> call : new TreeMap<>(c.classCalls()).entrySet()) {
                calls.add(Map.of("type", call.getKey(), "calls", call.getValue(), "order", (long) callOrder++));
            }
            rows.add(Map.of("props", props, "calls", calls));
        }
        return rows;
    }

    private static List<Map<String, Object>> problemRows(CodeGraph graph) {
        List<Map<String, Object>> rows = new ArrayList<>();
        int order = 0;
        for (AnalysisProblem p : graph.problems()) {
            Map<String, Object> props = new HashMap<>();
            props.put("kind", p.kind().name());
            props.put("message", p.message());
            put(props, p.location());
            props.put("carveOrder", (long) order++);
            rows.add(props);
        }
        return rows;
    }

    // --- helpers

    /** Locations are stored only when known: an absent file or line reads back as unknown. */
    private static void put(Map<String, Object> props, SourceLocation location) {
        putIfPresent(props, "file", location.file());
        if (location.line() > 0) {
            props.put("line", (long) location.line());
        }
    }

    /** Empty lists are not stored either; they read back as empty. */
    private static void putIfPresent(Map<String, Object> props, String key, List<String> values) {
        if (!values.isEmpty()) {
            props.put(key, values);
        }
    }

    /** Empty strings are not stored (fewer property records on the bulkiest relationships). */
    private static void putIfPresent(Map<String, Object> props, String key, String value) {
        if (!value.isEmpty()) {
            props.put(key, value);
        }
    }

    private static List<String> sorted(Collection<String> values) {
        return values.stream().sorted().toList();
    }

    private static List<String> sortedNames(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toList();
    }

    static String kindLabel(String kind) {
        String lower = kind.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    private static String simpleName(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }

    static String methodName(String signature) {
        int paren = signature.indexOf('(');
        String head = paren < 0 ? signature : signature.substring(0, paren);
        int space = head.lastIndexOf(' ');
        return space < 0 ? head : head.substring(space + 1);
    }
}
