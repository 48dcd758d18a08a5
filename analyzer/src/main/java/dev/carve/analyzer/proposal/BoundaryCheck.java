package dev.carve.analyzer.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The CI gate: given accepted boundaries (class to module) and a frozen baseline of known violations, finds the
 * cross-boundary dependencies that are new. A violation is a synchronous or structural dependency (calls, type uses,
 * JPA relations; not events, runtime calls or co-change) from a class of one module to a class of another, unless the
 * target is in the shared kernel. Classes the boundaries do not know are skipped and counted.
 */
public final class BoundaryCheck {
    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private BoundaryCheck() {}

    /**
     * One crossing.
     *
     * @param from depending class
     * @param to class depended on
     * @param fromModule its module
     * @param toModule the other module
     * @param kinds the dependency kinds seen
     * @param location first occurrence ({@code file:line}) or empty
     */
    public record Violation(
            String from, String to, String fromModule, String toModule, List<String> kinds, String location) {
        public String key() {
            return from + " -> " + to;
        }
    }

    /**
     * The outcome.
     *
     * @param all every current crossing
     * @param fresh crossings not in the baseline
     * @param fixed baseline entries that no longer occur
     * @param unknownClasses classes in the graph the boundaries do not place
     */
    public record Result(List<Violation> all, List<Violation> fresh, List<String> fixed, int unknownClasses) {}

    /** Checks a graph against boundaries; {@code kernel} classes may be used from anywhere. */
    public static Result check(
            CodeGraph graph, Map<String, String> moduleOf, Set<String> kernel, Set<String> baseline) {
        Map<String, Violation> found = new LinkedHashMap<>();
        for (Dependency d : graph.dependencies()) {
            DependencyKind.Category c = d.kind().category();
            if (c == DependencyKind.Category.EVENT
                    || c == DependencyKind.Category.RUNTIME
                    || c == DependencyKind.Category.EVOLUTION
                    || kernel.contains(d.to())) {
                continue;
            }
            String mf = moduleOf.get(d.from());
            String mt = moduleOf.get(d.to());
            if (mf == null || mt == null || mf.equals(mt)) {
                continue;
            }
            String key = d.from() + " -> " + d.to();
            Violation v = found.get(key);
            List<String> kinds = new ArrayList<>(v == null ? List.of() : v.kinds());
            String kind = d.kind().name().toLowerCase(java.util.Locale.ROOT);
            if (!kinds.contains(kind)) {
                kinds.add(kind);
            }
            String location = v != null && !v.location().isEmpty()
                    ? v.location()
                    : d.location().isKnown() ? d.location().toString() : "";
            found.put(key, new Violation(d.from(), d.to(), mf, mt, kinds, location));
        }
        List<Violation> all = found.values().stream()
                .sorted(java.util.Comparator.comparing(Violation::key))
                .toList();
        List<Violation> fresh =
                all.stream().filter(v -> !baseline.contains(v.key())).toList();
        Set<String> now = new LinkedHashSet<>();
        all.forEach(v -> now.add(v.key()));
        List<String> fixed =
                new TreeSet<>(baseline).stream().filter(k -> !now.contains(k)).toList();
        int unknown = (int) graph.applicationTypes()
                .filter(t -> !moduleOf.containsKey(t.name()) && !kernel.contains(t.name()))
                .count();
        return new Result(all, fresh, fixed, unknown);
    }

    /** Reads a baseline file ({@code {"formatVersion": 1, "violations": ["a.B -> c.D", ...]}}). */
    public static Set<String> readBaseline(Path file) {
        try {
            JsonNode root = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            JsonNode list = root == null ? null : root.get("violations");
            if (list == null || !list.isArray()) {
                throw CarveException.badInput(file + ": not a Carve baseline: expected {\"formatVersion\": 1,"
                        + " \"violations\": [\"from -> to\", ...]}. Write one with 'carve check --update-baseline'.");
            }
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < list.size(); i++) {
                JsonNode v = list.get(i);
                if (!v.isTextual() || !v.asText().contains(" -> ")) {
                    throw CarveException.badInput(
                            file + ": key 'violations[" + i + "]': expected \"from -> to\", got " + v + ".");
                }
                out.add(v.asText());
            }
            return out;
        } catch (NoSuchFileException e) {
            throw CarveException.badInput(file + ": no such baseline. Create it with 'carve check --update-baseline'.");
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw CarveException.badInput(file + ":" + line + ": not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot be read: " + e.getMessage(), e);
        }
    }

    /** Writes every current violation as the new baseline. */
    public static void writeBaseline(Path file, List<Violation> violations) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", 1);
        root.put("violations", violations.stream().map(Violation::key).toList());
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, JSON.writeValueAsString(root) + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CarveException.badInput(file + ": cannot write the baseline: " + e.getMessage(), e);
        }
    }
}
