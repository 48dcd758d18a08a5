package dev.carve.analyzer.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.Problem;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.symbolsolver.JavaSymbolSolver;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import com.github.javaparser.symbolsolver.resolution.typesolvers.CombinedTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.JarTypeSolver;
import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.Progress;
import dev.carve.analyzer.build.LayoutDetector;
import dev.carve.analyzer.build.ProjectLayout;
import dev.carve.analyzer.build.SourceRoot;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Reads a project's Java sources into a {@link CodeGraph}: parse every file (in parallel), index the declared
 * types, then analyze each file with a per-thread symbol solver over the project's ASTs, the JDK and the dependency
 * jars. Per-file results are cached by content hash.
 *
 * <p>Incremental runs: an unchanged file's facts come from the cache and it is not even parsed, unless symbol
 * solving for a changed file needs its declarations. A changed file is re-analyzed alone, against the current
 * declarations of every other file. Not invalidated: facts of unchanged files that point into a changed file (a
 * call to a method renamed there keeps its old signature until the calling file changes, or {@code --no-cache}).
 * A changed set of dependency jars invalidates every entry.
 */
public final class SourceReader {
    private static final long STACK_SIZE = 32L * 1024 * 1024;

    private final SourceOptions options;

    public SourceReader(SourceOptions options) {
        this.options = options;
    }

    /** What a read produced and what it cost. */
    public record Result(CodeGraph graph, int files, int analyzed, int cached, int parseErrors, int unresolved) {}

    public Result read(ProjectLayout layout, Progress progress) {
        List<Path> files = layout.javaFiles();
        analyzedCount.set(0);
        cacheHits.set(0);
        Optional<FactsCache> cache = options.cache().map(dir -> new FactsCache(dir, context(layout)));
        ProjectIndex index = new ProjectIndex(SourceReader::newParser);
        Map<Path, FileFacts> facts = new ConcurrentHashMap<>();
        Map<Path, Parsed> parsed = new ConcurrentHashMap<>();
        AtomicInteger parseErrors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(options.threads(), r -> {
            Thread t = new Thread(null, r, "carve-source", STACK_SIZE);
            t.setDaemon(true);
            return t;
        });
        try {
            progress.phase("parsing sources", files.size());
            run(pool, files, file -> {
                parse(layout, file, cache, facts, parsed, index, parseErrors);
                progress.advance(1);
            });
            facts.forEach((file, f) -> f.types().forEach(t -> index.addLazy(t.name(), file)));
            progress.phase("resolving symbols", parsed.size());
            ThreadLocal<TypeSolver> solvers = ThreadLocal.withInitial(() -> solver(index, layout.dependencyJars()));
            run(pool, new ArrayList<>(parsed.keySet()), file -> {
                Parsed p = parsed.remove(file);
                FileFacts result = analyze(layout, p, index, solvers.get());
                facts.put(file, result);
                cache.ifPresent(c -> c.put(result));
                progress.advance(1);
            });
        } finally {
            pool.shutdownNow();
            JavaParserFacade.clearInstances();
        }
        List<FileFacts> ordered =
                files.stream().map(facts::get).filter(f -> f != null).toList();
        CodeGraph graph = GraphAssembly.assemble(ordered);
        int unresolved = ordered.stream().mapToInt(FileFacts::unresolved).sum();
        return new Result(graph, files.size(), analyzedCount.get(), cacheHits.get(), parseErrors.get(), unresolved);
    }

    private final AtomicInteger analyzedCount = new AtomicInteger();
    private final AtomicInteger cacheHits = new AtomicInteger();

    /** A parsed file waiting for analysis. */
    private record Parsed(
            Path file,
            String relative,
            String source,
            String hash,
            CompilationUnit cu,
            boolean test,
            boolean generated) {}

    private void parse(
            ProjectLayout layout,
            Path file,
            Optional<FactsCache> cache,
            Map<Path, FileFacts> facts,
            Map<Path, Parsed> parsed,
            ProjectIndex index,
            AtomicInteger parseErrors) {
        String relative = layout.relative(file);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            facts.put(file, failed(relative, "", ProblemKind.UNREADABLE_FILE, "cannot read: " + e.getMessage(), 0));
            return;
        }
        String hash = FactsCache.hash(bytes);
        Optional<FileFacts> hit = cache.flatMap(c -> c.get(relative, hash));
        if (hit.isPresent()) {
            cacheHits.incrementAndGet();
            facts.put(file, hit.get());
            if (hit.get().problems().stream().anyMatch(p -> p.kind() == ProblemKind.PARSE_ERROR)) {
                parseErrors.incrementAndGet();
            }
            return;
        }
        String source = new String(bytes, StandardCharsets.UTF_8);
        ParseResult<CompilationUnit> result;
        try {
            result = newParser().parse(source);
        } catch (RuntimeException | StackOverflowError e) {
            parseErrors.incrementAndGet();
            FileFacts f = failed(relative, hash, ProblemKind.PARSE_ERROR, "parser failed: " + e, 0);
            facts.put(file, f);
            cache.ifPresent(c -> c.put(f));
            return;
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            parseErrors.incrementAndGet();
            Problem first =
                    result.getProblems().isEmpty() ? null : result.getProblems().get(0);
            int line = first == null
                    ? 0
                    : first.getLocation()
                            .flatMap(l -> l.getBegin().getRange())
                            .map(r -> r.begin.line)
                            .orElse(0);
            String message = first == null
                    ? "not valid Java"
                    : first.getMessage().lines().findFirst().orElse("");
            FileFacts f = failed(
                    relative,
                    hash,
                    ProblemKind.PARSE_ERROR,
                    "not valid Java: " + message
                            + (result.getProblems().size() > 1
                                    ? " (" + result.getProblems().size() + " problems)"
                                    : ""),
                    line);
            facts.put(file, f);
            cache.ifPresent(c -> c.put(f));
            return;
        }
        CompilationUnit cu = result.getResult().get();
        dropTokens(cu);
        index.add(cu);
        Optional<SourceRoot> root = layout.sourceRootOf(file);
        boolean test = root.map(SourceRoot::test).orElse(false)
                || (root.map(r -> r.module().equals(".")).orElse(true)
                        && layout.tool() == dev.carve.analyzer.build.BuildTool.SOURCE_TREE
                        && LayoutDetector.looksLikeTest(relative));
        boolean generated = root.map(SourceRoot::generated).orElse(false);
        parsed.put(file, new Parsed(file, relative, source, hash, cu, test, generated));
    }

    /**
     * Keeps each node's line range but drops its link into the token list, so the tokens can be collected: they are
     * about half of an AST's memory, and every AST stays in memory while symbols are resolved.
     */
    private static void dropTokens(CompilationUnit cu) {
        cu.walk(node -> {
            var range = node.getRange().orElse(null);
            node.setTokenRange(null);
            node.setRange(range);
        });
    }

    private FileFacts analyze(ProjectLayout layout, Parsed p, ProjectIndex index, TypeSolver solver) {
        analyzedCount.incrementAndGet();
        p.cu().setData(Node.SYMBOL_RESOLVER_KEY, new JavaSymbolSolver(solver));
        try {
            return new FileAnalyzer(
                            p.cu(),
                            p.relative(),
                            p.source(),
                            p.test(),
                            p.generated(),
                            index,
                            solver,
                            options.resolveCalls())
                    .analyze(p.hash());
        } catch (RuntimeException | StackOverflowError e) {
            return failed(p.relative(), p.hash(), ProblemKind.PARSE_ERROR, "analysis failed: " + e, 0);
        }
    }

    private static FileFacts failed(String file, String hash, ProblemKind kind, String message, int line) {
        return new FileFacts(
                file,
                hash,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                Map.of(),
                List.of(),
                List.of(new AnalysisProblem(kind, message, SourceLocation.of(file, line))),
                0);
    }

    /**
     * A parser for Java 21 sources (language level set explicitly: JavaParser's default, Java 11, rejects records,
     * switch expressions and {@code yield}). Comments are not attributed: Carve does not use them.
     */
    static JavaParser newParser() {
        ParserConfiguration config = new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                .setAttributeComments(false)
                .setCharacterEncoding(StandardCharsets.UTF_8);
        return new JavaParser(config);
    }

    private static TypeSolver solver(ProjectIndex index, List<Path> jars) {
        CombinedTypeSolver combined = new CombinedTypeSolver();
        combined.add(new ProjectTypeSolver(index));
        combined.add(new ReflectionTypeSolver(true));
        for (Path jar : jars) {
            try {
                combined.add(new JarTypeSolver(jar));
            } catch (IOException | RuntimeException e) {
                // an unreadable library jar only means more unresolved references
            }
        }
        return combined;
    }

    /** What besides a file's own content decides its facts: the reader version and the library jars. */
    private static String context(ProjectLayout layout) {
        StringBuilder sb = new StringBuilder(FactsCache.VERSION);
        for (Path jar : layout.dependencyJars()) {
            sb.append('|').append(jar.getFileName());
        }
        return FactsCache.hash(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static void run(ExecutorService pool, List<Path> files, java.util.function.Consumer<Path> task) {
        List<Future<?>> futures = new ArrayList<>();
        for (Path file : files) {
            futures.add(pool.submit(() -> task.accept(file)));
        }
        for (Future<?> f : futures) {
            try {
                f.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CarveException.internal("source analysis interrupted", e);
            } catch (ExecutionException e) {
                throw CarveException.internal("source analysis failed: " + e.getCause(), e.getCause());
            }
        }
    }
}
