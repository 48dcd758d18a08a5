package dev.carve.analyzer.runtime;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamReadException;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Reads Mono2Micro's published trace files: {@value #CALL_VOLUME} ({@code {"Caller--Callee": count}}) and
 * {@value #CONTEXTS} ({@code {"Class": ["use_case", ...]}}), given as a directory holding either or both, or as one of
 * the two files.
 *
 * <p>What comes out, so that the file's volumes are reproduced exactly:
 *
 * <ul>
 *   <li>one {@code RUNTIME_CALL} dependency per key, weight = the count, members empty, location = file and line of
 *       the key; self calls ({@code X--X}) are kept;
 *   <li>{@code Root} is the entry pseudo-class of {@link TraceRoot}: an {@code EXTERNAL} type whose edges are kept;
 *   <li>names are simple class names as in the file, except that nested classes, written {@code Outer::Inner}, use
 *       the graph's {@code Outer$Inner} ({@link #toGraphName}, and {@link #toTraceName} back for the scorer);
 *   <li>one {@link BusinessContext} per use case, listing every class (Root included) whose list names it. The files
 *       hold membership only, so each class's call count in a context is 1 and each context has 1 invocation.
 * </ul>
 *
 * Bad keys or values are skipped and reported as {@code CORRUPT_TRACE_LINE} with their line; a truncated file keeps
 * what was read before the damage.
 */
public final class Mono2MicroTraceReader implements TraceReader {
    public static final String CALL_VOLUME = "runtime_call_volume.json";
    public static final String CONTEXTS = "bcs_per_class.json";
    private static final String FORMAT = "mono2micro";
    private static final JsonFactory JSON = new JsonFactory();

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean accepts(Path input) {
        if (Files.isDirectory(input)) {
            return Files.isRegularFile(input.resolve(CALL_VOLUME)) || Files.isRegularFile(input.resolve(CONTEXTS));
        }
        String name = fileName(input);
        return Files.isRegularFile(input) && (name.equals(CALL_VOLUME) || name.equals(CONTEXTS));
    }

    @Override
    public CodeGraph read(Path input) {
        RuntimeGraphBuilder out = new RuntimeGraphBuilder(FORMAT);
        out.graph().property("runtime.input", input.toString());
        Path volumes = Files.isDirectory(input) ? input.resolve(CALL_VOLUME) : null;
        Path contexts = Files.isDirectory(input) ? input.resolve(CONTEXTS) : null;
        if (!Files.isDirectory(input)) {
            if (fileName(input).equals(CONTEXTS)) {
                contexts = input;
            } else {
                volumes = input;
            }
        }
        if (volumes != null && Files.isRegularFile(volumes)) {
            readVolumes(volumes, out);
        }
        if (contexts != null && Files.isRegularFile(contexts)) {
            readContexts(contexts, out);
        }
        if (volumes == null || !Files.isRegularFile(volumes)) {
            if (contexts == null || !Files.isRegularFile(contexts)) {
                out.problem(
                        ProblemKind.UNREADABLE_FILE,
                        SourceLocation.of(input.toString(), 0),
                        "no " + CALL_VOLUME + " or " + CONTEXTS + " here");
            }
        }
        return out.build();
    }

    /** {@code Outer::Inner} (Mono2Micro's spelling) to {@code Outer$Inner} (the graph's). */
    public static String toGraphName(String traceName) {
        return traceName.replace("::", "$");
    }

    /** {@code Outer$Inner} back to Mono2Micro's {@code Outer::Inner}, e.g. to write a partition for the scorer. */
    public static String toTraceName(String graphName) {
        return graphName.replace("$", "::");
    }

    private static void readVolumes(Path file, RuntimeGraphBuilder out) {
        String where = file.toString();
        Map<String, Integer> seenAt = new HashMap<>();
        try (JsonParser json = JSON.createParser(file.toFile())) {
            if (!startObject(json, where, out)) {
                return;
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String key = json.currentName();
                SourceLocation at =
                        SourceLocation.of(where, json.currentTokenLocation().getLineNr());
                JsonToken value = json.nextToken();
                if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                    json.skipChildren();
                }
                int sep = key.indexOf("--");
                if (sep <= 0 || sep + 2 >= key.length() || key.indexOf("--", sep + 2) >= 0) {
                    out.corrupt(at, "key \"" + key + "\" is not Caller--Callee; skipped");
                } else if (value != JsonToken.VALUE_NUMBER_INT || json.getLongValue() <= 0) {
                    out.corrupt(at, "value of \"" + key + "\" is not a positive whole number; skipped");
                } else if (seenAt.putIfAbsent(key, at.line()) != null) {
                    out.corrupt(at, "key \"" + key + "\" repeats line " + seenAt.get(key) + "; the first one counts");
                } else {
                    String from = toGraphName(key.substring(0, sep));
                    String to = toGraphName(key.substring(sep + 2));
                    out.call(from, "", to, "", json.getLongValue(), at);
                }
            }
        } catch (StreamReadException e) {
            out.corrupt(
                    SourceLocation.of(
                            where, e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                    "not valid JSON from here on (" + e.getOriginalMessage() + "); the rest of the file is skipped");
        } catch (IOException e) {
            unreadable(file, e, out);
        }
    }

    private static void readContexts(Path file, RuntimeGraphBuilder out) {
        String where = file.toString();
        Map<String, Set<String>> classesByContext = new LinkedHashMap<>();
        try (JsonParser json = JSON.createParser(file.toFile())) {
            if (startObject(json, where, out)) {
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    String name = toGraphName(json.currentName());
                    SourceLocation at =
                            SourceLocation.of(where, json.currentTokenLocation().getLineNr());
                    if (json.nextToken() != JsonToken.START_ARRAY) {
                        json.skipChildren();
                        out.corrupt(at, "contexts of \"" + name + "\" are not a list of names; skipped");
                        continue;
                    }
                    out.type(name, at);
                    for (JsonToken t = json.nextToken(); t != JsonToken.END_ARRAY; t = json.nextToken()) {
                        if (t == JsonToken.VALUE_STRING && !json.getText().isBlank()) {
                            classesByContext
                                    .computeIfAbsent(json.getText(), c -> new LinkedHashSet<>())
                                    .add(name);
                        } else {
                            json.skipChildren();
                            out.corrupt(
                                    SourceLocation.of(
                                            where, json.currentTokenLocation().getLineNr()),
                                    "a context of \"" + name + "\" is not a name; skipped");
                        }
                    }
                }
            }
        } catch (StreamReadException e) {
            out.corrupt(
                    SourceLocation.of(
                            where, e.getLocation() == null ? 0 : e.getLocation().getLineNr()),
                    "not valid JSON from here on (" + e.getOriginalMessage() + "); the rest of the file is skipped");
        } catch (IOException e) {
            unreadable(file, e, out);
        }
        classesByContext.forEach((context, classes) -> {
            Map<String, Long> calls = new LinkedHashMap<>();
            classes.forEach(c -> calls.put(c, 1L));
            out.context(new BusinessContext(context, "", 1, calls, Set.of(), Set.of()));
        });
    }

    private static boolean startObject(JsonParser json, String where, RuntimeGraphBuilder out) throws IOException {
        JsonToken first = json.nextToken();
        if (first == JsonToken.START_OBJECT) {
            return true;
        }
        out.corrupt(
                SourceLocation.of(where, 1), "expected a JSON object {...}" + (first == null ? ", file is empty" : ""));
        return false;
    }

    private static void unreadable(Path file, IOException e, RuntimeGraphBuilder out) {
        out.problem(
                ProblemKind.UNREADABLE_FILE, SourceLocation.of(file.toString(), 0), "cannot read: " + e.getMessage());
    }

    private static String fileName(Path p) {
        Path name = p.getFileName();
        return name == null ? "" : name.toString();
    }
}
