package dev.carve.analyzer.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The published benchmark data the build points tests at (system property {@code carve.shared}). */
final class SharedData {
    private SharedData() {}

    /** Surefire points java.io.tmpdir at target/tmp, which nothing else creates; {@code @TempDir} needs it. */
    static void createTmpdir() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    static Path benchmarks(String app) {
        Path dir = shared().resolve("benchmarks").resolve(app);
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(
                    "benchmark data not found at " + dir + "; pass -Dcarve.shared=<folder with benchmarks/>");
        }
        return dir;
    }

    static Path tool() {
        return shared().resolve("tools/m2m_score.py");
    }

    private static Path shared() {
        // set by the build (carve.shared, default ${carve.root}/testdata/shared; see testdata/shared/ORIGIN.md)
        return Path.of(System.getProperty("carve.shared", "testdata/shared"))
                .toAbsolutePath()
                .normalize();
    }
}
