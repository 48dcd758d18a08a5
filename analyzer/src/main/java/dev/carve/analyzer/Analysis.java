package dev.carve.analyzer;

import dev.carve.analyzer.build.BuildClasspath;
import dev.carve.analyzer.build.LayoutDetector;
import dev.carve.analyzer.build.ProjectLayout;
import dev.carve.analyzer.build.WebXml;
import dev.carve.analyzer.data.SchemaReader;
import dev.carve.analyzer.git.CoChangeReader;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.source.SourceOptions;
import dev.carve.analyzer.source.SourceReader;
import dev.carve.analyzer.store.GraphStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The {@code carve analyze} service: detect the input's layout, read sources (JavaParser), data resources (DDL,
 * changelogs, mappers), descriptors, compiled code (through the registered {@link BinaryReader}s) and optionally git
 * history into one {@link CodeGraph}, then replace the store's content with it. Every reader collects problems
 * instead of failing; only a missing or Java-less input is an error.
 *
 * <p>Further inputs (runtime traces) plug in as {@link GraphContributor}s, which see the graph read so far and add
 * facts to it.
 */
public final class Analysis {
    /** A step that adds facts once the static graph is read (e.g. runtime traces). */
    public interface GraphContributor {
        /** Progress phase name, e.g. {@code "reading traces"}. */
        String phase();

        CodeGraph contribute(CodeGraph graph, Progress progress);
    }

    /** The graph read and its summary (without the store location when not stored). */
    public record Result(CodeGraph graph, AnalysisSummary summary) {}

    private final AnalysisOptions options;
    private final List<BinaryReader> binaryReaders;
    private final List<GraphContributor> contributors;

    public Analysis(AnalysisOptions options, List<BinaryReader> binaryReaders, List<GraphContributor> contributors) {
        this.options = options;
        this.binaryReaders = List.copyOf(binaryReaders);
        this.contributors = List.copyOf(contributors);
    }

    public Analysis(AnalysisOptions options) {
        this(options, List.of(), List.of());
    }

    /** Analyzes {@code input} and replaces what {@code store} holds with the result. */
    public AnalysisSummary run(Path input, GraphStore store, Progress progress) {
        long start = System.nanoTime();
        Result result = analyze(input, progress);
        progress.phase("writing the graph store", -1);
        store.replace(result.graph());
        progress.done();
        return withStore(result.summary(), store.location(), (System.nanoTime() - start) / 1e9);
    }

    private static AnalysisSummary withStore(AnalysisSummary s, String location, double seconds) {
        return new AnalysisSummary(
                s.input(),
                s.build(),
                s.modules(),
                s.sourceFiles(),
                s.analyzedFiles(),
                s.cachedFiles(),
                s.resourceFiles(),
                s.types(),
                s.testTypes(),
                s.methods(),
                s.tables(),
                s.entryPoints(),
                s.dependencies(),
                s.tableAccesses(),
                s.unresolvedReferences(),
                s.problems(),
                s.problemList(),
                location,
                seconds);
    }

    /**
     * Checks that {@code input} exists and holds something this analysis can read, without reading it; callers run
     * it before opening a store so that bad input never creates or touches one.
     */
    public void checkInput(Path input) {
        requireReadable(LayoutDetector.detect(input), input);
    }

    private void requireReadable(ProjectLayout layout, Path input) {
        if (!layout.hasSources() && binaryReaders.isEmpty()) {
            throw CarveException.badInput(input + ": only compiled classes or archives found, and this Carve has no"
                    + " bytecode reader. Analyze the project's sources instead.");
        }
    }

    /** Reads {@code input} into a graph without storing it. */
    public Result analyze(Path input, Progress progress) {
        long start = System.nanoTime();
        progress.phase("detecting the project layout", -1);
        ProjectLayout layout = withClasspath(LayoutDetector.detect(input), progress);
        requireReadable(layout, input);
        CodeGraph.Builder graph = CodeGraph.builder();
        SourceReader.Result sources = null;
        if (layout.hasSources()) {
            SourceOptions sourceOptions =
                    SourceOptions.defaults().withThreads(options.threads()).withCacheDir(options.cacheDir());
            sources = new SourceReader(sourceOptions).read(layout, progress);
            graph.merge(sources.graph());
        }
        progress.phase(
                "reading schema, mappers and descriptors",
                layout.resourceFiles().size());
        Function<Path, String> relative = layout::relative;
        graph.merge(SchemaReader.read(layout.resourceFiles(), relative));
        graph.merge(WebXml.read(layout.resourceFiles(), layout));
        if (layout.hasBinaries()) {
            Set<String> fromSources = sources == null ? Set.of() : declaredTypes(sources.graph());
            for (BinaryReader reader : binaryReaders) {
                graph.merge(reader.read(layout, fromSources, progress));
            }
        }
        CodeGraph read = TableFacts.withoutDuplicateForeignKeys(graph.build());
        if (options.git()) {
            progress.phase("mining git history", -1);
            read = read.toBuilder()
                    .merge(CoChangeReader.read(layout.root(), read, options.coChange()))
                    .build();
        }
        for (GraphContributor c : contributors) {
            progress.phase(c.phase(), -1);
            read = read.toBuilder().merge(c.contribute(read, progress)).build();
        }
        read = read.toBuilder()
                .property("carve.input", layout.root().toString())
                .property("carve.build", layout.tool().name())
                .property("carve.analyzedAt", Instant.now().toString())
                .build();
        progress.done();
        AnalysisSummary summary = summarize(
                input.toString(),
                layout.tool().name(),
                layout.modules().size(),
                layout.javaFiles().size(),
                sources,
                read,
                layout.resourceFiles().size());
        return new Result(read, withStore(summary, "", (System.nanoTime() - start) / 1e9));
    }

    /** Types a reader declared (not placeholders for references): binaries skip their class files. */
    private static Set<String> declaredTypes(CodeGraph g) {
        return g.types().stream()
                .filter(t -> !t.has(TypeFlag.EXTERNAL) && !t.has(TypeFlag.UNRESOLVED))
                .map(t -> t.name())
                .collect(Collectors.toSet());
    }

    /**
     * An analysis without a code path: the graph is only what the contributors add to an empty one (a traces-only
     * graph, a jQAssistant store), replacing what {@code store} holds.
     */
    public AnalysisSummary runWithoutInput(String label, GraphStore store, Progress progress) {
        long start = System.nanoTime();
        if (contributors.isEmpty()) {
            throw CarveException.badInput("Nothing to analyze: pass a project path, --traces or --jqassistant-store.");
        }
        CodeGraph read = CodeGraph.empty();
        for (GraphContributor c : contributors) {
            progress.phase(c.phase(), -1);
            read = read.toBuilder().merge(c.contribute(read, progress)).build();
        }
        read = read.toBuilder()
                .property("carve.input", label)
                .property("carve.build", "NONE")
                .property("carve.analyzedAt", Instant.now().toString())
                .build();
        progress.phase("writing the graph store", -1);
        store.replace(read);
        progress.done();
        AnalysisSummary s = summarize(label, "NONE", 0, 0, null, read, 0);
        return withStore(s, store.location(), (System.nanoTime() - start) / 1e9);
    }

    private ProjectLayout withClasspath(ProjectLayout layout, Progress progress) {
        LinkedHashSet<Path> jars = new LinkedHashSet<>(layout.dependencyJars());
        jars.addAll(options.classpath());
        if (options.resolveClasspath()) {
            progress.phase("asking the build for its classpath", -1);
            BuildClasspath.Result r = BuildClasspath.resolve(layout, options.classpathTimeoutSeconds());
            if (!r.failure().isEmpty()) {
                progress.note(
                        "carve: classpath not resolved (" + r.failure() + "); continuing with fewer library types");
            }
            jars.addAll(r.jars());
        }
        return layout.withDependencyJars(new ArrayList<>(jars));
    }

    private static AnalysisSummary summarize(
            String input,
            String build,
            int modules,
            int sourceFiles,
            SourceReader.Result sources,
            CodeGraph g,
            int resourceFiles) {
        Map<String, Long> deps = g.dependencies().stream()
                .collect(Collectors.groupingBy(d -> d.kind().name(), TreeMap::new, Collectors.counting()));
        Map<String, Long> accesses = g.tableAccesses().stream()
                .collect(Collectors.groupingBy(a -> a.access().name(), TreeMap::new, Collectors.counting()));
        Map<String, Long> problems = g.problems().stream()
                .collect(Collectors.groupingBy(p -> p.kind().name(), TreeMap::new, Collectors.counting()));
        List<AnalysisProblem> problemList = g.problems();
        return new AnalysisSummary(
                input,
                build,
                modules,
                sourceFiles,
                sources == null ? 0 : sources.analyzed(),
                sources == null ? 0 : sources.cached(),
                resourceFiles,
                g.applicationTypes().count(),
                g.types().stream().filter(t -> t.has(TypeFlag.TEST)).count(),
                g.methods().size(),
                g.tables().size(),
                g.entryPoints().size(),
                deps,
                accesses,
                sources == null ? 0 : sources.unresolved(),
                problems,
                problemList,
                "",
                0);
    }
}
