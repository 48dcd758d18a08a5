package dev.carve.cli.analyze;

import dev.carve.analyzer.Analysis;
import dev.carve.analyzer.AnalysisOptions;
import dev.carve.analyzer.AnalysisSummary;
import dev.carve.analyzer.git.CoChangeOptions;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import dev.carve.analyzer.store.StoreCredentials;
import dev.carve.cli.StoreOptions;
import dev.carve.cli.TerminalProgress;
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
            "Re-runs reuse cached per-file results (.carve/cache next to the store) for unchanged files."
        })
public final class AnalyzeCommand implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "PATH",
            description = "The project root, source folder, classes folder or archive.")
    Path input;

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
        Analysis analysis = new Analysis(options());
        analysis.checkInput(input); // bad input must not create or lock a store
        AnalysisSummary summary;
        try (GraphStore graph = GraphStores.open(store.uri(), new StoreCredentials(store.user(), store.password()))) {
            summary = analysis.run(input, graph, TerminalProgress.forStderr(quiet || json));
        }
        SummaryRenderer.render(summary, json, verbose(), spec.commandLine().getOut());
        return 0;
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
