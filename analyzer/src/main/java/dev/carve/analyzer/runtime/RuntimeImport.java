package dev.carve.analyzer.runtime;

import dev.carve.analyzer.Analysis;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeNode;
import dev.carve.analyzer.store.GraphStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The runtime import service: reads trace files with the reader that accepts them and merges the result into a
 * static graph. Merging first removes every runtime fact the graph already holds (runtime calls, runtime table access,
 * business contexts, runtime-only types, tables and entry points, trace problems), so importing again replaces
 * instead of doubling. Trace class names are resolved to the static types (fully qualified names as they are;
 * Mono2Micro's simple names by unique simple name, ambiguity reported); classes the static graph lacks are kept,
 * flagged {@code RUNTIME_ONLY}, and reported as {@code UNKNOWN_TRACE_CLASS}. Trace entry points are matched to the
 * static ones (same id, same HTTP method and path, or same handler method) and the business contexts point at them.
 */
public final class RuntimeImport {
    static final String RUNTIME_ENTRY_POINTS = "runtime.entryPoints";
    private static final Set<ProblemKind> TRACE_PROBLEMS =
            Set.of(ProblemKind.CORRUPT_TRACE_LINE, ProblemKind.UNKNOWN_TRACE_CLASS);

    private final List<TraceReader> readers;

    public RuntimeImport(List<TraceReader> readers) {
        this.readers = List.copyOf(readers);
    }

    /** Carve's JSONL, OpenTelemetry OTLP JSON, and Mono2Micro's files, tried in that order. */
    public static RuntimeImport withAllFormats() {
        return new RuntimeImport(List.of(new AgentTraceReader(), new OtlpTraceReader(), new Mono2MicroTraceReader()));
    }

    /** What an import did, for the command's summary. */
    public record Summary(
            long callEdges,
            double callVolume,
            int contexts,
            int resolvedTypes,
            int unknownTypes,
            int ambiguousTypes,
            int matchedEntryPoints,
            int corruptLines) {}

    /** Reads every input (a file or directory each) into one runtime graph; an input with no records is an error. */
    public CodeGraph read(List<Path> inputs) {
        if (inputs.isEmpty()) {
            throw CarveException.badInput("no trace input given; pass --traces <file|dir>");
        }
        CodeGraph.Builder all = CodeGraph.builder();
        for (Path input : inputs) {
            all.merge(readOne(input));
        }
        return all.build();
    }

    private CodeGraph readOne(Path input) {
        if (!Files.exists(input)) {
            throw CarveException.badInput(input + ": no such file or directory; pass the trace file or folder that"
                    + " 'carve trace' wrote (carve-traces.jsonl by default)");
        }
        TraceReader reader = readers.stream()
                .filter(r -> r.accepts(input))
                .findFirst()
                .orElseThrow(() -> CarveException.badInput(input + ": not a trace Carve can read. Expected Carve's"
                        + " carve-traces.jsonl (from 'carve trace'), an OpenTelemetry OTLP JSON export (the"
                        + " collector's file exporter), or a folder with Mono2Micro's runtime_call_volume.json and"
                        + " bcs_per_class.json"));
        CodeGraph graph = reader.read(input);
        if (!graph.hasRuntimeData()) {
            String problems =
                    graph.problems().isEmpty() ? "" : " (" + graph.problems().get(0) + ")";
            throw CarveException.badInput(input + ": the " + reader.format() + " trace holds no calls" + problems
                    + ". Hint: was the application exercised while recording, and did the agent's include= name"
                    + " its packages (e.g. include=com.acme)? An empty trace usually means nothing matched.");
        }
        return graph;
    }

    /**
     * The hook for {@code carve analyze <path> --traces <file|dir>}: reads the traces once the static graph is read
     * and contributes the runtime facts, resolved against it (the analysis merges what this returns).
     */
    public Analysis.GraphContributor contributor(List<Path> traces) {
        return new Analysis.GraphContributor() {
            @Override
            public String phase() {
                return "reading runtime traces";
            }

            @Override
            public CodeGraph contribute(CodeGraph graph, Progress progress) {
                return runtimeFacts(merge(graph, read(traces)));
            }
        };
    }

    /**
     * {@code carve trace import}: reads the traces and merges them into the graph a store holds (replacing any runtime
     * facts an earlier import left there), then writes the result back.
     */
    public Summary importInto(GraphStore store, List<Path> traces) {
        CodeGraph runtime = read(traces);
        Merged merged = mergeWithSummary(store.load(), runtime);
        store.replace(merged.graph());
        return merged.summary();
    }

    /** {@code carve analyze --traces <file|dir>} without a source path: a graph made of the traces alone. */
    public CodeGraph tracesOnly(List<Path> traces) {
        return merge(CodeGraph.empty(), read(traces));
    }

    /** Only what a runtime import added to a merged graph (for callers that merge it into the static graph). */
    static CodeGraph runtimeFacts(CodeGraph merged) {
        Set<String> runtimeEntries = Set.of(
                merged.properties().getOrDefault(RUNTIME_ENTRY_POINTS, "").split("\n"));
        CodeGraph.Builder out = CodeGraph.builder();
        merged.types().stream()
                .filter(t -> t.origins().contains(Origin.RUNTIME))
                .forEach(out::type);
        merged.tables().stream()
                .filter(t -> t.origins().contains(Origin.RUNTIME))
                .forEach(out::table);
        merged.entryPoints().stream()
                .filter(e -> runtimeEntries.contains(e.id()))
                .forEach(out::entryPoint);
        merged.dependencies(DependencyKind.RUNTIME_CALL).forEach(out::dependency);
        merged.tableAccesses().stream()
                .filter(a -> a.via() == AccessVia.RUNTIME)
                .forEach(out::tableAccess);
        merged.contexts().forEach(out::context);
        merged.problems().stream()
                .filter(p -> TRACE_PROBLEMS.contains(p.kind()) || p.message().startsWith(RuntimeSql.PROBLEM_PREFIX))
                .forEach(out::problem);
        merged.properties().entrySet().stream()
                .filter(e -> e.getKey().startsWith("runtime."))
                .forEach(e -> out.property(e.getKey(), e.getValue()));
        return out.build();
    }

    /** Merges runtime facts into a static graph (which may be empty: a traces-only graph). */
    public CodeGraph merge(CodeGraph staticGraph, CodeGraph runtime) {
        return mergeWithSummary(staticGraph, runtime).graph();
    }

    /** The merged graph and what the merge did. */
    public record Merged(CodeGraph graph, Summary summary) {}

    public Merged mergeWithSummary(CodeGraph staticGraph, CodeGraph runtime) {
        CodeGraph.Builder out = withoutRuntimeFacts(staticGraph);
        CodeGraph base = out.build();
        TypeResolution names = TypeResolution.of(base, runtime);
        names.problems().forEach(out::problem);

        runtime.types().forEach(t -> out.type(names.rename(t)));
        runtime.dependencies()
                .forEach(d -> out.dependency(new Dependency(
                        names.resolve(d.from()),
                        names.resolve(d.to()),
                        d.kind(),
                        d.weight(),
                        d.location(),
                        d.fromMember(),
                        d.toMember())));
        runtime.tables().forEach(out::table);
        runtime.tableAccesses()
                .forEach(a -> out.tableAccess(new TableAccess(
                        names.resolve(a.type()),
                        a.table(),
                        a.access(),
                        a.via(),
                        a.weight(),
                        a.location(),
                        a.member())));

        EntryPointMatch entries = EntryPointMatch.of(base, runtime, names);
        Set<String> runtimeOnlyEntries = new LinkedHashSet<>();
        for (EntryPoint ep : runtime.entryPoints()) {
            if (entries.staticId(ep.id()).isEmpty()) {
                out.entryPoint(entries.renamed(ep));
                runtimeOnlyEntries.add(ep.id());
            }
        }
        for (BusinessContext c : runtime.contexts()) {
            Map<String, Long> calls = new HashMap<>();
            c.classCalls().forEach((type, n) -> calls.merge(names.resolve(type), n, Long::sum));
            String entry = c.entryPoint().isEmpty()
                    ? ""
                    : entries.staticId(c.entryPoint()).orElse(c.entryPoint());
            out.context(
                    new BusinessContext(c.name(), entry, c.invocations(), calls, c.tablesRead(), c.tablesWritten()));
        }
        runtime.problems().forEach(out::problem);
        runtime.properties().forEach(out::property);
        out.property(RUNTIME_ENTRY_POINTS, String.join("\n", runtimeOnlyEntries));
        CodeGraph merged = out.build();
        Summary summary = new Summary(
                merged.dependencies(DependencyKind.RUNTIME_CALL).count(),
                merged.dependencies(DependencyKind.RUNTIME_CALL)
                        .mapToDouble(Dependency::weight)
                        .sum(),
                merged.contexts().size(),
                names.resolved(),
                names.unknown(),
                names.ambiguous(),
                entries.matched(),
                (int) runtime.problems().stream()
                        .filter(p -> p.kind() == ProblemKind.CORRUPT_TRACE_LINE)
                        .count());
        return new Merged(merged, summary);
    }

    /** The static graph without anything a previous runtime import added. */
    static CodeGraph.Builder withoutRuntimeFacts(CodeGraph graph) {
        Set<String> runtimeEntries =
                Set.of(graph.properties().getOrDefault(RUNTIME_ENTRY_POINTS, "").split("\n"));
        CodeGraph.Builder out = CodeGraph.builder();
        for (TypeNode t : graph.types()) {
            if (!t.origins().equals(Set.of(Origin.RUNTIME))) {
                out.type(t);
            }
        }
        graph.methods().forEach(out::method);
        for (TableNode t : graph.tables()) {
            if (!t.origins().equals(Set.of(Origin.RUNTIME))) {
                out.table(t);
            }
        }
        graph.entryPoints().stream()
                .filter(e -> !runtimeEntries.contains(e.id()))
                .forEach(out::entryPoint);
        graph.dependencies().stream()
                .filter(d -> d.kind() != DependencyKind.RUNTIME_CALL)
                .forEach(out::dependency);
        graph.tableAccesses().stream().filter(a -> a.via() != AccessVia.RUNTIME).forEach(out::tableAccess);
        for (AnalysisProblem p : graph.problems()) {
            if (!TRACE_PROBLEMS.contains(p.kind()) && !p.message().startsWith(RuntimeSql.PROBLEM_PREFIX)) {
                out.problem(p);
            }
        }
        graph.properties().entrySet().stream()
                .filter(e -> !e.getKey().startsWith("runtime."))
                .forEach(e -> out.property(e.getKey(), e.getValue()));
        return out;
    }
}
