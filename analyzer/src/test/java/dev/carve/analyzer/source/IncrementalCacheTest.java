package dev.carve.analyzer.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Progress;
import dev.carve.analyzer.build.LayoutDetector;
import dev.carve.analyzer.build.ProjectLayout;
import dev.carve.analyzer.model.DependencyKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IncrementalCacheTest {
    @TempDir
    Path dir;

    @Test
    void anUnchangedTreeComesFromTheCacheAndAChangedFileIsReanalyzedAlone() throws IOException {
        Path src = dir.resolve("project/src/a");
        Files.createDirectories(src);
        Files.writeString(src.resolve("Callee.java"), "package a; public class Callee { public void go() {} }");
        Files.writeString(
                src.resolve("Caller.java"), "package a; public class Caller { void f(Callee c) { c.go(); } }");
        Files.writeString(src.resolve("Other.java"), "package a; public class Other {}");
        SourceReader reader = new SourceReader(SourceOptions.defaults().withCacheDir(dir.resolve("cache")));
        ProjectLayout layout = LayoutDetector.detect(dir.resolve("project"));

        SourceReader.Result first = reader.read(layout, Progress.NONE);
        SourceReader.Result second = reader.read(layout, Progress.NONE);
        Files.writeString(
                src.resolve("Caller.java"), "package a; public class Caller { void f(Callee c) { c.go(); c.go(); } }");
        SourceReader.Result third = reader.read(LayoutDetector.detect(dir.resolve("project")), Progress.NONE);

        assertThat(first.analyzed()).isEqualTo(3);
        assertThat(second.analyzed()).isZero();
        assertThat(second.cached()).isEqualTo(3);
        assertThat(second.graph().dependencies())
                .containsExactlyInAnyOrderElementsOf(first.graph().dependencies());
        assertThat(third.analyzed()).isEqualTo(1);
        assertThat(third.graph()
                        .dependencies(DependencyKind.INVOKES)
                        .filter(d -> d.from().equals("a.Caller") && d.toMember().equals("void go()")))
                .singleElement()
                .satisfies(d -> assertThat(d.weight()).isEqualTo(2.0));
    }
}
