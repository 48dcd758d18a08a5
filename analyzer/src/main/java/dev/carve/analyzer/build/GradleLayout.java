package dev.carve.analyzer.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A Gradle build: modules from the settings script, source sets from each build script (best effort). */
final class GradleLayout {
    private GradleLayout() {}

    static ProjectLayout detect(Path root) {
        List<String> modules = new ArrayList<>();
        modules.add(".");
        script(root, "settings.gradle").ifPresent(s -> modules.addAll(GradleBuild.includedModules(s)));
        List<SourceRoot> roots = new ArrayList<>();
        LinkedHashSet<Path> java = new LinkedHashSet<>();
        LinkedHashSet<Path> resources = new LinkedHashSet<>();
        List<Path> classRoots = new ArrayList<>();
        for (String module : modules) {
            Path dir = root.resolve(module).normalize();
            Optional<Path> build = script(dir, "build.gradle");
            List<String> main = new ArrayList<>(List.of("src/main/java"));
            List<String> test = new ArrayList<>(List.of("src/test/java"));
            build.ifPresent(b -> {
                main.addAll(GradleBuild.sourceDirs(b, false));
                test.addAll(GradleBuild.sourceDirs(b, true));
            });
            main.forEach(s -> LayoutDetector.addRoot(dir.resolve(s), module, false, false, roots, java));
            test.forEach(s -> LayoutDetector.addRoot(dir.resolve(s), module, true, false, roots, java));
            LayoutDetector.addGenerated(dir.resolve("build"), module, roots, java);
            resources.addAll(LayoutDetector.resourcesUnder(dir.resolve("src")));
            Path classes = dir.resolve("build/classes/java/main");
            if (Files.isDirectory(classes)) {
                classRoots.add(classes);
            }
        }
        return new ProjectLayout(
                root,
                BuildTool.GRADLE,
                modules,
                roots,
                LayoutDetector.sortedFiles(java),
                LayoutDetector.sortedFiles(resources),
                classRoots,
                List.of(),
                List.of());
    }

    private static Optional<Path> script(Path dir, String name) {
        return Stream.of(dir.resolve(name), dir.resolve(name + ".kts"))
                .filter(Files::isRegularFile)
                .findFirst();
    }
}
