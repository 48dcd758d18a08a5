package dev.carve.analyzer.runtime;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads OpenTelemetry traces in OTLP JSON, as the collector's file exporter writes them (one
 * {@code {"resourceSpans":[...]}} per line) or as the SDK's OTLP JSON logging exporter does (one ResourceSpans per
 * line); a pretty-printed single document works too. Spans are grouped by trace; per trace root:
 *
 * <ul>
 *   <li>a span with {@code code.namespace} + {@code code.function} (or the newer fully qualified
 *       {@code code.function.name}) is a method; its caller is the nearest ancestor span that is a method, else
 *       {@code Root};
 *   <li>a span with {@code db.*} attributes touches tables: {@code db.sql.table}/{@code db.collection.name} with the
 *       operation, else the tables a SQL parser finds in {@code db.statement}/{@code db.query.text}; the access belongs
 *       to the nearest method above it;
 *   <li>the root span names the business context: {@code METHOD /route} for HTTP servers ({@code http.route}), else
 *       the span name; each trace is one invocation.
 * </ul>
 */
public final class OtlpTraceReader implements TraceReader {
    private static final String FORMAT = "otlp";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path input) {
        if (Files.isDirectory(input)) {
            return files(input).stream().anyMatch(OtlpTraceReader::looksLikeOtlp);
        }
        return Files.isRegularFile(input) && looksLikeOtlp(input);
    }

    @Override
    public CodeGraph read(Path input) {
        RuntimeGraphBuilder out = new RuntimeGraphBuilder(FORMAT);
        out.graph().property("runtime.input", input.toString());
        Map<String, List<Span>> traces = new LinkedHashMap<>();
        for (Path file : Files.isDirectory(input) ? files(input) : List.of(input)) {
            readFile(file, traces, out);
        }
        RuntimeSql sql = new RuntimeSql();
        traces.values().forEach(spans -> trace(spans, out, sql));
        return out.build();
    }

    /** The parts of a span that matter here. */
    private record Span(
            String spanId,
            String parentId,
            String name,
            String kind,
            Map<String, String> attributes,
            SourceLocation at) {
        String attr(String... keys) {
            for (String key : keys) {
                String v = attributes.get(key);
                if (v != null && !v.isEmpty()) {
                    return v;
                }
            }
            return "";
        }

        /** {@code com.acme.Type#method}, or null when the span is not a method. */
        MethodId method() {
            String namespace = attr("code.namespace");
            String function = attr("code.function", "code.function.name");
            if (namespace.isEmpty() && function.contains(".")) {
                int dot = function.lastIndexOf('.');
                return new MethodId(function.substring(0, dot), function.substring(dot + 1));
            }
            if (namespace.isEmpty() || function.isEmpty()) {
                return null;
            }
            return new MethodId(namespace, function.substring(function.lastIndexOf('.') + 1));
        }

        boolean isDatabase() {
            return !attr("db.system", "db.system.name").isEmpty()
                    || !attr("db.statement", "db.query.text").isEmpty();
        }
    }

    private static void readFile(Path file, Map<String, List<Span>> traces, RuntimeGraphBuilder out) {
        String where = file.toString();
        try {
            if (prettyPrinted(file)) {
                try {
                    document(JSON.readTree(file.toFile()), SourceLocation.of(where, 1), traces);
                } catch (JsonProcessingException e) {
                    out.corrupt(
                            SourceLocation.of(
                                    where,
                                    e.getLocation() == null
                                            ? 0
                                            : e.getLocation().getLineNr()),
                            "not valid OTLP JSON; the file is skipped");
                }
                return;
            }
            try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                int number = 0;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    number++;
                    if (line.isBlank()) {
                        continue;
                    }
                    SourceLocation at = SourceLocation.of(where, number);
                    try {
                        if (!document(JSON.readTree(line), at, traces)) {
                            out.corrupt(at, "not an OTLP traces record (no resourceSpans or scopeSpans); skipped");
                        }
                    } catch (JsonProcessingException e) {
                        out.corrupt(at, "not a complete JSON record (a torn line?); skipped");
                    }
                }
            }
        } catch (IOException e) {
            out.problem(ProblemKind.UNREADABLE_FILE, SourceLocation.of(where, 0), "cannot read: " + e.getMessage());
        }
    }

    /** One export: a wrapper with resourceSpans, or one bare ResourceSpans. */
    private static boolean document(JsonNode doc, SourceLocation at, Map<String, List<Span>> traces) {
        if (doc.has("resourceSpans")) {
            doc.path("resourceSpans").forEach(rs -> resourceSpans(rs, at, traces));
            return true;
        }
        if (doc.has("scopeSpans") || doc.has("instrumentationLibrarySpans")) {
            resourceSpans(doc, at, traces);
            return true;
        }
        return false;
    }

    private static void resourceSpans(JsonNode rs, SourceLocation at, Map<String, List<Span>> traces) {
        JsonNode scopes = rs.has("scopeSpans") ? rs.path("scopeSpans") : rs.path("instrumentationLibrarySpans");
        for (JsonNode scope : scopes) {
            for (JsonNode s : scope.path("spans")) {
                Map<String, String> attributes = new HashMap<>();
                for (JsonNode a : s.path("attributes")) {
                    attributes.put(a.path("key").asText(), value(a.path("value")));
                }
                traces.computeIfAbsent(s.path("traceId").asText(), k -> new ArrayList<>())
                        .add(new Span(
                                s.path("spanId").asText(),
                                s.path("parentSpanId").asText(""),
                                s.path("name").asText(""),
                                s.path("kind").asText(""),
                                attributes,
                                at));
            }
        }
    }

    private static String value(JsonNode v) {
        for (String type : List.of("stringValue", "intValue", "boolValue", "doubleValue")) {
            if (v.has(type)) {
                return v.get(type).asText();
            }
        }
        return "";
    }

    private static void trace(List<Span> spans, RuntimeGraphBuilder out, RuntimeSql sql) {
        Map<String, Span> byId = new HashMap<>();
        spans.forEach(s -> byId.put(s.spanId(), s));
        Span root = spans.stream()
                .filter(s -> s.parentId().isEmpty() || !byId.containsKey(s.parentId()))
                .findFirst()
                .orElse(spans.get(0));
        String name = contextName(root);
        ContextBuilder context = out.context(name, name);
        context.invocations(1);
        EntryPoint entry = entryPoint(root, name);
        if (entry != null) {
            out.graph().entryPoint(entry);
        }
        for (Span s : spans) {
            MethodId caller = callerOf(s, byId);
            MethodId method = s.method();
            if (method != null) {
                out.call(caller.type(), caller.member(), method.type(), method.member(), 1, s.at());
                context.calledInto(method.type(), 1);
            }
            if (s.isDatabase()) {
                MethodId by = method != null ? method : caller;
                tables(s, sql, out).forEach((table, kind) -> {
                    out.access(by.type(), by.member(), table, kind, 1, s.at());
                    if (kind == AccessKind.READ) {
                        context.reads(Set.of(table));
                    } else {
                        context.writes(Set.of(table));
                    }
                });
            }
        }
    }

    /** The nearest method span above {@code s}, or Root. */
    private static MethodId callerOf(Span s, Map<String, Span> byId) {
        Span p = byId.get(s.parentId());
        for (int guard = 0; p != null && guard < 10_000; guard++) {
            MethodId m = p.method();
            if (m != null) {
                return m;
            }
            p = byId.get(p.parentId());
        }
        return new MethodId(TraceRoot.NAME, "");
    }

    private static Map<String, AccessKind> tables(Span s, RuntimeSql sql, RuntimeGraphBuilder out) {
        Map<String, AccessKind> tables = new LinkedHashMap<>();
        String table = s.attr("db.sql.table", "db.collection.name");
        String operation = s.attr("db.operation", "db.operation.name").toLowerCase(Locale.ROOT);
        String statement = s.attr("db.statement", "db.query.text");
        if (!statement.isEmpty()) {
            RuntimeSql.Tables parsed = sql.tables(statement);
            if (parsed.error().isEmpty()) {
                parsed.reads().forEach(t -> tables.put(t, AccessKind.READ));
                parsed.writes().forEach(t -> tables.put(t, AccessKind.WRITE));
                return tables;
            }
            if (table.isEmpty()) {
                out.problem(
                        ProblemKind.UNSUPPORTED_SQL,
                        s.at(),
                        RuntimeSql.PROBLEM_PREFIX + parsed.error() + ": " + statement);
            }
        }
        if (!table.isEmpty()) {
            boolean write = Set.of("insert", "update", "delete", "merge", "upsert", "replace")
                    .contains(operation);
            tables.put(table.toLowerCase(Locale.ROOT), write ? AccessKind.WRITE : AccessKind.READ);
        }
        return tables;
    }

    private static String contextName(Span root) {
        String route = root.attr("http.route");
        String verb = root.attr("http.request.method", "http.method");
        if (!route.isEmpty()) {
            return (verb.isEmpty() ? "*" : verb) + " " + route;
        }
        return root.name().isEmpty() ? "(unnamed trace root)" : root.name();
    }

    private static EntryPoint entryPoint(Span root, String name) {
        MethodId m = root.method();
        String type = m == null ? TraceRoot.NAME : m.type();
        String method = m == null ? "" : m.member();
        String route = root.attr("http.route");
        if (!route.isEmpty()) {
            String verb = root.attr("http.request.method", "http.method");
            return new EntryPoint(
                    name, EntryPointKind.HTTP, type, method, verb.isEmpty() ? "*" : verb, route, root.at());
        }
        if (root.kind().equals("5") || root.kind().equals("SPAN_KIND_CONSUMER")) {
            return new EntryPoint(name, EntryPointKind.MESSAGE_LISTENER, type, method, "", "", root.at());
        }
        return null;
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> {
                        String n = p.getFileName().toString();
                        return n.endsWith(".json") || n.endsWith(".jsonl");
                    })
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean prettyPrinted(Path file) throws IOException {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = lines.readLine();
            return first != null && first.strip().equals("{");
        }
    }

    private static boolean looksLikeOtlp(Path file) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            char[] head = new char[4096];
            int n = lines.read(head);
            String start = n <= 0 ? "" : new String(head, 0, n);
            return start.contains("\"resourceSpans\"") || start.contains("\"scopeSpans\"");
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
