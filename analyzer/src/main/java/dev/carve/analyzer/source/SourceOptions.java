package dev.carve.analyzer.source;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How sources are read.
 *
 * @param threads worker threads for parsing and resolution
 * @param cacheDir where per-file results are cached, or null for no cache
 * @param resolveCalls whether calls on project types are resolved by the symbol solver for exact signatures
 */
public record SourceOptions(int threads, Path cacheDir, boolean resolveCalls) {
    public SourceOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1: " + threads);
        }
    }

    public static SourceOptions defaults() {
        return new SourceOptions(Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), null, true);
    }

    public SourceOptions withThreads(int n) {
        return new SourceOptions(n, cacheDir, resolveCalls);
    }

    public SourceOptions withCacheDir(Path dir) {
        return new SourceOptions(threads, dir, resolveCalls);
    }

    public SourceOptions withResolveCalls(boolean resolve) {
        return new SourceOptions(threads, cacheDir, resolve);
    }

    public Optional<Path> cache() {
        return Optional.ofNullable(cacheDir);
    }
}
