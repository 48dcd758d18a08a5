package dev.carve.cli.analyze;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.carve.analyzer.AnalysisSummary;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.ProblemKind;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders an {@link AnalysisSummary} as text for people or JSON for tools. */
final class SummaryRenderer {
    /** Problems listed in the text summary before "... and N more" (all with -v). */
    static final int SHOWN_PROBLEMS = 20;

    private static final ObjectMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private SummaryRenderer() {}

    static void render(AnalysisSummary s, boolean json, boolean verbose, PrintWriter out) {
        if (json) {
            out.println(json(s));
        } else {
            text(s, verbose, out);
        }
        out.flush();
    }

    static String json(AnalysisSummary s) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("input", s.input());
        root.put("build", s.build());
        root.put("modules", s.modules());
        root.put(
                "files",
                Map.of(
                        "java",
                        s.sourceFiles(),
                        "analyzed",
                        s.analyzedFiles(),
                        "cached",
                        s.cachedFiles(),
                        "resources",
                        s.resourceFiles()));
        root.put("types", s.types());
        root.put("testTypes", s.testTypes());
        root.put("methods", s.methods());
        root.put("tables", s.tables());
        root.put("entryPoints", s.entryPoints());
        root.put("dependencies", s.dependencies());
        root.put("tableAccesses", s.tableAccesses());
        root.put("unresolvedReferences", s.unresolvedReferences());
        root.put("problems", s.problems());
        root.put(
                "problemList",
                s.problemList().stream()
                        .map(p -> Map.of(
                                "kind",
                                p.kind().name(),
                                "message",
                                p.message(),
                                "file",
                                p.location().file(),
                                "line",
                                p.location().line()))
                        .toList());
        root.put("store", s.store());
        root.put("seconds", Math.round(s.seconds() * 100) / 100.0);
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw CarveException.internal("cannot render the summary as JSON", e);
        }
    }

    private static void text(AnalysisSummary s, boolean verbose, PrintWriter out) {
        out.printf(
                "Analyzed %s (%s, %d module%s) in %.1f s%n",
                s.input(), s.build(), s.modules(), s.modules() == 1 ? "" : "s", s.seconds());
        out.printf(
                "  files         %d Java (%d analyzed, %d from cache), %d SQL/XML/YAML%n",
                s.sourceFiles(), s.analyzedFiles(), s.cachedFiles(), s.resourceFiles());
        out.printf("  types         %d (+%d test)%n", s.types(), s.testTypes());
        out.printf("  methods       %d%n", s.methods());
        out.printf("  tables        %d (accesses: %s)%n", s.tables(), inline(s.tableAccesses()));
        out.printf("  entry points  %d%n", s.entryPoints());
        out.printf("  dependencies  %d%n", s.totalDependencies());
        new java.util.TreeMap<>(s.dependencies()).forEach((kind, n) -> out.printf("    %-18s %d%n", kind, n));
        out.printf("  unresolved    %d references%n", s.unresolvedReferences());
        int total = s.problemList().size();
        out.printf("  problems      %d%s%n", total, total == 0 ? "" : " (" + inline(s.problems()) + ")");
        // the problems a user must act on (unparseable files, broken archives) first; unresolved library calls last
        List<AnalysisProblem> ordered = s.problemList().stream()
                .sorted(java.util.Comparator.comparing((AnalysisProblem p) -> p.kind() == ProblemKind.UNRESOLVED_TYPE))
                .toList();
        List<AnalysisProblem> shown =
                verbose ? ordered : ordered.stream().limit(SHOWN_PROBLEMS).toList();
        shown.forEach(p -> out.println("    " + p));
        if (shown.size() < total) {
            out.printf("    ... and %d more (-v lists all, --json gives them to tools)%n", total - shown.size());
        }
        if (s.problems().getOrDefault(ProblemKind.UNRESOLVED_TYPE.name(), 0L) > 0) {
            out.println("  note          unresolved types are mostly library calls; the graph keeps the project's own"
                    + " classes either way. --resolve-classpath (or --classpath) resolves them.");
        }
        out.printf("Graph written to %s%n", s.store());
    }

    private static String inline(Map<String, Long> counts) {
        StringBuilder sb = new StringBuilder();
        counts.forEach((k, v) ->
                sb.append(sb.isEmpty() ? "" : ", ").append(k).append(' ').append(v));
        return sb.isEmpty() ? "none" : sb.toString();
    }
}
