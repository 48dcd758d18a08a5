package dev.carve.analyzer.build;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A directory of Java sources.
 *
 * @param dir the directory (absolute, normalized)
 * @param module the build module it belongs to ({@code .} for the root)
 * @param test whether it holds test code
 * @param generated whether it holds generated code
 */
public record SourceRoot(Path dir, String module, boolean test, boolean generated) {
    public SourceRoot {
        Objects.requireNonNull(dir, "dir");
        Objects.requireNonNull(module, "module");
    }
}
