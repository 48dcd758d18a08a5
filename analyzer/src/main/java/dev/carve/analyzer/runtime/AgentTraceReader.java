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
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads Carve's own {@code carve-traces.jsonl} (format in {@code docs/formats/carve-traces.md}): a file, or every
 * {@code *.jsonl} file of a directory. Each {@code invocations} record adds its calls as {@code RUNTIME_CALL} volumes
 * (members are method names), its SQL as runtime table access (tables found by a SQL parser here, at import), and its
 * counts to the business context of its entry point, which also becomes an {@link EntryPoint} the merge matches to
 * the static one. Calls made outside any entry point ({@code kind: background}) add volumes but no context. A line
 * that is not complete JSON (a torn last line after a crash) is skipped and reported with its number.
 */
public final class AgentTraceReader implements TraceReader {
    private static final String FORMAT = "carve";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path input) {
        if (Files.isDirectory(input)) {
            return files(input).stream().anyMatch(AgentTraceReader::looksLikeAgentTrace);
        }
        return Files.isRegularFile(input) && looksLikeAgentTrace(input);
    }

    @Override
    public CodeGraph read(Path input) {
        RuntimeGraphBuilder out = new RuntimeGraphBuilder(FORMAT);
        out.graph().property("runtime.input", input.toString());
        RuntimeSql sql = new RuntimeSql();
        List<Path> files = Files.isDirectory(input) ? files(input) : List.of(input);
        for (Path file : files) {
            readFile(file, out, sql);
        }
        return out.build();
    }

    private static void readFile(Path file, RuntimeGraphBuilder out, RuntimeSql sql) {
        String where = file.toString();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                SourceLocation at = SourceLocation.of(where, number);
                JsonNode record;
                try {
                    record = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    out.corrupt(at, "not a complete JSON record (a torn line from a crash?); skipped");
                    continue;
                }
                if (record == null || !record.isObject() || !record.path("type").isTextual()) {
                    out.corrupt(at, "not a Carve trace record (no \"type\"); skipped");
                } else if (record.path("type").asText().equals("invocations")) {
                    invocations(record, at, out, sql);
                } else if (record.path("type").asText().equals("agent-stats")
                        && record.path("failures").asLong() > 0) {
                    out.problem(
                            ProblemKind.CONFIGURATION,
                            at,
                            "the agent counted " + record.path("failures").asLong()
                                    + " internal failures while recording; first: "
                                    + record.path("firstFailure").asText());
                }
            }
        } catch (IOException e) {
            out.problem(ProblemKind.UNREADABLE_FILE, SourceLocation.of(where, 0), "cannot read: " + e.getMessage());
        }
    }

    private static void invocations(JsonNode r, SourceLocation at, RuntimeGraphBuilder out, RuntimeSql sql) {
        String kind = r.path("kind").asText();
        String name = r.path("name").asText();
        if (!valid(r.path("calls")) || !valid(r.path("sql")) || name.isEmpty()) {
            out.corrupt(at, "an invocations record without a name or with malformed calls or sql; skipped");
            return;
        }
        boolean background = kind.equals("background");
        ContextBuilder context = background ? null : out.context(name, name);
        if (context != null) {
            context.invocations(r.path("invocations").asLong());
            out.graph().entryPoint(entryPoint(r, kind, name, at));
        }
        for (JsonNode c : r.path("calls")) {
            MethodId from = MethodId.parse(c.get(0).asText());
            MethodId to = MethodId.parse(c.get(1).asText());
            long n = c.get(2).asLong();
            out.call(from.type(), from.member(), to.type(), to.member(), n, at);
            if (context != null) {
                context.calledInto(to.type(), n);
            }
        }
        for (JsonNode s : r.path("sql")) {
            RuntimeSql.Tables tables = sql.tables(s.get(0).asText());
            if (!tables.error().isEmpty()) {
                out.problem(
                        ProblemKind.UNSUPPORTED_SQL,
                        at,
                        RuntimeSql.PROBLEM_PREFIX + tables.error() + ": "
                                + s.get(0).asText());
                continue;
            }
            MethodId by = MethodId.parse(s.get(1).asText());
            long n = s.get(2).asLong();
            tables.reads().forEach(t -> out.access(by.type(), by.member(), t, AccessKind.READ, n, at));
            tables.writes().forEach(t -> out.access(by.type(), by.member(), t, AccessKind.WRITE, n, at));
            if (context != null) {
                context.reads(tables.reads());
                context.writes(tables.writes());
            }
        }
    }

    private static boolean valid(JsonNode triples) {
        if (!triples.isArray()) {
            return false;
        }
        for (JsonNode t : triples) {
            if (!t.isArray()
                    || t.size() != 3
                    || !t.get(0).isTextual()
                    || !t.get(1).isTextual()
                    || !t.get(2).canConvertToLong()
                    || t.get(2).asLong() <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The entry point a record stands for, as far as the trace can tell; the merge matches it to the static one. */
    private static EntryPoint entryPoint(JsonNode r, String kind, String name, SourceLocation at) {
        String handler = r.path("handler").asText("");
        MethodId method = !handler.isEmpty() ? MethodId.parse(handler) : entryMethod(r, name);
        return switch (kind) {
            case "http" -> {
                String route = r.path("route").asText(name);
                int space = route.indexOf(' ');
                String verb = space < 0 ? "*" : route.substring(0, space);
                String path = space < 0 ? route : route.substring(space + 1);
                yield new EntryPoint(name, EntryPointKind.HTTP, method.type(), method.member(), verb, path, at);
            }
            case "scheduled" ->
                new EntryPoint(name, EntryPointKind.SCHEDULED, method.type(), method.member(), "", "", at);
            case "message" ->
                new EntryPoint(name, EntryPointKind.MESSAGE_LISTENER, method.type(), method.member(), "", "", at);
            case "main" -> new EntryPoint(name, EntryPointKind.MAIN, method.type(), method.member(), "", "", at);
            default -> new EntryPoint(name, EntryPointKind.TEST, method.type(), method.member(), "", "", at);
        };
    }

    /** {@code scheduled:com.acme.Job#run} names its method; an HTTP record without a handler has Root's first callee. */
    private static MethodId entryMethod(JsonNode r, String name) {
        int colon = name.indexOf(':');
        if (colon > 0 && name.indexOf('#') > colon) {
            return MethodId.parse(name.substring(colon + 1));
        }
        for (JsonNode c : r.path("calls")) {
            if (TraceRoot.is(c.get(0).asText())) {
                return MethodId.parse(c.get(1).asText());
            }
        }
        return new MethodId(TraceRoot.NAME, "");
    }

    private static List<Path> files(Path dir) {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(p -> p.getFileName().toString().endsWith(".jsonl"))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static boolean looksLikeAgentTrace(Path file) {
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = lines.readLine();
            return first != null
                    && (first.startsWith("{\"type\":\"agent-start\"") || first.startsWith("{\"type\":\"invocations\""));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
