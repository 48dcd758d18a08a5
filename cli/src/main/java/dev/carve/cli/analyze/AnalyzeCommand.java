package dev.carve.cli.analyze;

import dev.carve.analyzer.Analysis;
import dev.carve.analyzer.AnalysisOptions;
import dev.carve.analyzer.AnalysisSummary;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.bytecode.BytecodeReader;
import dev.carve.analyzer.git.CoChangeOptions;
import dev.carve.analyzer.runtime.RuntimeImport;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import dev.carve.analyzer.store.JqassistantStore;
import dev.carve.analyzer.store.StoreCredentials;
import dev.carve.cli.StoreOptions;
import dev.carve.cli.TerminalProgress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve analyze <path>}: parse options, run {@link Analysis}, render the summary. */
@Command(
        name = "analyze",
        sortOptions = false,
        usageHelpAutoWidth = true,
        mixinStandardHelpOptions = true,
        description = {
            "Analyzes a Java monolith (Maven or Gradle project, source tree, classes, or jar/war/ear) into the graph"
                    + " store: types, members, calls, JPA and SQL data access, tables, entry points, events.",
            "Re-runs reuse cached per-file results (.carve/cache next to the store) for unchanged files.",
            "Runtime traces (--traces) and a jQAssistant store (--jqassistant-store) add their facts; without PATH"
                    + " they alone make the graph."
        })
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "PATH",
            description = "The project root, source folder, classes folder or jar/war/ear archive.")
    Path input;

    @Option(
            names = "--traces",
            paramLabel = "PATH",
            split = ",",
            description = "Runtime trace files or folders (Carve JSONL, OTLP JSON, Mono2Micro), merged into the graph;"
                    + " without PATH, a traces-only graph.")
    List<Path> traces = new ArrayList<>();

    @Option(
            names = "--jqassistant-store",
            paramLabel = "DIR",
            description = "A store written by jqassistant:scan (e.g. target/jqassistant/store): its types, members"
                    + " and dependencies join the graph.")
    Path jqassistantStore;

    @Mixin
    StoreOptions store;

    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;

    @Option(
            names = {"-q", "--quiet"},
            description = "No progress bar; print only the summary.")
    boolean quiet;

    @Option(names = "--no-cache", description = "Analyze every file again instead of reusing cached results.")
    boolean noCache;

    @Option(
            names = "--classpath",
            paramLabel = "JARS",
            split = ":|;",
            splitSynopsisLabel = ":",
            description = "Extra library jars for symbol solving.")
    List<Path> classpath = new ArrayList<>();

    @Option(
            names = "--resolve-classpath",
            description = "Ask the project's Maven (./mvnw or mvn) for its dependency classpath first. Optional: the"
                    + " analysis works without it, with more unresolved references.")
    boolean resolveClasspath;

    @Option(names = "--git", description = "Mine co-change between classes from the git history.")
    boolean git;

    @Option(
            names = "--git-window",
            paramLabel = "COMMITS",
            defaultValue = "1000",
            description = "Most recent commits read for co-change. Default: ${DEFAULT-VALUE}")
    int gitWindow;

    @Option(
            names = "--git-max-files",
            paramLabel = "N",
            defaultValue = "30",
            description = "Skip commits touching more Java files than this. Default: ${DEFAULT-VALUE}")
    int gitMaxFiles;

    @Option(
            names = "--git-min-count",
            paramLabel = "N",
            defaultValue = "2",
            description = "Keep class pairs changed together at least this often. Default: ${DEFAULT-VALUE}")
    int gitMinCount;

    @Option(
            names = "--threads",
            paramLabel = "N",
            description = "Worker threads for source analysis. Default: up to 2.")
    Integer threads;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Analysis analysis = new Analysis(options(), List.of(new BytecodeReader()), contributors());
        checkInputs(analysis); // bad input must not create or lock a store
        AnalysisSummary summary;
        try (GraphStore graph = GraphStores.open(store.uri(), new StoreCredentials(store.user(), store.password()))) {
            var progress = TerminalProgress.forStderr(quiet || json);
            summary = input != null
                    ? analysis.run(input, graph, progress)
                    : analysis.runWithoutInput(describeInputs(), graph, progress);
        }
        SummaryRenderer.render(summary, json, verbose(), spec.commandLine().getOut());
        return 0;
    }

    private List<Analysis.GraphContributor> contributors() {
        List<Analysis.GraphContributor> contributors = new ArrayList<>();
        if (jqassistantStore != null) {
            contributors.add(JqassistantStore.contributor(jqassistantStore));
        }
        if (!traces.isEmpty()) {
            contributors.add(RuntimeImport.withAllFormats().contributor(traces));
        }
        return contributors;
    }

    private void checkInputs(Analysis analysis) {
        if (input == null && traces.isEmpty() && jqassistantStore == null) {
            throw CarveException.badInput("Nothing to analyze. Pass a project PATH, --traces <file|dir> or"
                    + " --jqassistant-store <dir> (see carve analyze --help).");
        }
        if (input != null) {
            analysis.checkInput(input);
        }
        for (Path t : traces) {
            if (!Files.exists(t)) {
                throw CarveException.badInput(t + ": no such trace file or folder.");
            }
        }
        if (jqassistantStore != null) {
            JqassistantStore.check(jqassistantStore);
        }
    }

    private String describeInputs() {
        List<String> parts = new ArrayList<>();
        traces.forEach(t -> parts.add(t.toString()));
        if (jqassistantStore != null) {
            parts.add(jqassistantStore.toString());
        }
        return String.join(", ", parts);
    }

    /** Whether -v was given (the option is inherited from the top-level command). */
    private boolean verbose() {
        var option = spec.findOption("--verbose");
        Object value = option == null ? null : option.getValue();
        return value instanceof boolean[] flags && flags.length > 0;
    }

    private AnalysisOptions options() {
        AnalysisOptions options = AnalysisOptions.defaults()
                .withClasspath(classpath)
                .withResolveClasspath(resolveClasspath, 180)
                .withGit(
                        git,
                        CoChangeOptions.defaults()
                                .withWindow(gitWindow)
                                .withMaxFilesPerCommit(gitMaxFiles)
                                .withMinCount(gitMinCount));
        if (!noCache) {
            options = options.withCacheDir(store.workspace().resolve("cache"));
        }
        if (threads != null) {
            options = options.withThreads(threads);
        }
        return options;
    }
}
