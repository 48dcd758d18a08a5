package dev.carve.analyzer;

import dev.carve.analyzer.git.CoChangeOptions;
import java.nio.file.Path;
import java.util.List;

/**
 * How {@link Analysis} runs.
 *
 * @param cacheDir where per-file results are cached ({@code .carve/cache} next to the store), or null for none
 * @param classpath extra library jars for symbol solving
 * @param resolveClasspath whether to ask the project's Maven for its full classpath (slow, optional)
 * @param classpathTimeoutSeconds how long that may take
 * @param git whether to mine co-change from git history
 * @param coChange how
 * @param threads worker threads for source analysis
 */
public record AnalysisOptions(
        Path cacheDir,
        List<Path> classpath,
        boolean resolveClasspath,
        long classpathTimeoutSeconds,
        boolean git,
        CoChangeOptions coChange,
        int threads) {

    public AnalysisOptions {
        classpath = List.copyOf(classpath);
    }

    public static AnalysisOptions defaults() {
        return new AnalysisOptions(
                null,
                List.of(),
                false,
                180,
                false,
                CoChangeOptions.defaults(),
                Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())));
    }

    public AnalysisOptions withCacheDir(Path dir) {
        return new AnalysisOptions(dir, classpath, resolveClasspath, classpathTimeoutSeconds, git, coChange, threads);
    }

    public AnalysisOptions withClasspath(List<Path> jars) {
        return new AnalysisOptions(cacheDir, jars, resolveClasspath, classpathTimeoutSeconds, git, coChange, threads);
    }

    public AnalysisOptions withResolveClasspath(boolean resolve, long timeoutSeconds) {
        return new AnalysisOptions(cacheDir, classpath, resolve, timeoutSeconds, git, coChange, threads);
    }

    public AnalysisOptions withGit(boolean enabled, CoChangeOptions options) {
        return new AnalysisOptions(
                cacheDir, classpath, resolveClasspath, classpathTimeoutSeconds, enabled, options, threads);
    }

    public AnalysisOptions withThreads(int n) {
        return new AnalysisOptions(cacheDir, classpath, resolveClasspath, classpathTimeoutSeconds, git, coChange, n);
    }
}
