package dev.carve.analyzer.build;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** A Maven project: the reactor's modules, their declared source folders, classes and resources. */
final class MavenLayout {
    private MavenLayout() {}

    static ProjectLayout detect(Path root) {
        List<String> modules = new ArrayList<>();
        List<SourceRoot> roots = new ArrayList<>();
        LinkedHashSet<Path> java = new LinkedHashSet<>();
        LinkedHashSet<Path> resources = new LinkedHashSet<>();
        List<Path> classRoots = new ArrayList<>();
        List<MavenPom> poms = new ArrayList<>();
        visit(root, root, new HashMap<>(), modules, roots, java, resources, classRoots, poms, 0);
        List<Path> deps = LocalRepository.jarsFor(poms);
        return new ProjectLayout(
                root,
                BuildTool.MAVEN,
                modules,
                roots,
                LayoutDetector.sortedFiles(java),
                LayoutDetector.sortedFiles(resources),
                classRoots,
                List.of(),
                deps);
    }

    private static void visit(
            Path root,
            Path dir,
            Map<String, String> inherited,
            List<String> modules,
            List<SourceRoot> roots,
            LinkedHashSet<Path> java,
            LinkedHashSet<Path> resources,
            List<Path> classRoots,
            List<MavenPom> poms,
            int depth) {
        Path pomFile = dir.resolve("pom.xml");
        if (depth > 10 || !Files.isRegularFile(pomFile)) {
            return;
        }
        MavenPom pom = MavenPom.read(pomFile);
        poms.add(pom);
        String module = root.equals(dir) ? "." : root.relativize(dir).toString().replace('\\', '/');
        modules.add(module);
        Map<String, String> props = new HashMap<>(inherited);
        props.putAll(pom.properties());
        if (!"pom".equals(pom.packaging()) || pom.modules().isEmpty()) {
            List<String> main = pom.sourceDirectories().isEmpty() ? List.of("src/main/java") : pom.sourceDirectories();
            List<String> test =
                    pom.testSourceDirectories().isEmpty() ? List.of("src/test/java") : pom.testSourceDirectories();
            for (String s : main) {
                LayoutDetector.addRoot(resolve(dir, pom.interpolate(s, props)), module, false, false, roots, java);
            }
            for (String s : test) {
                LayoutDetector.addRoot(resolve(dir, pom.interpolate(s, props)), module, true, false, roots, java);
            }
            LayoutDetector.addGenerated(dir.resolve("target"), module, roots, java);
            resources.addAll(LayoutDetector.resourcesUnder(dir.resolve("src")));
            for (String r : pom.resourceDirectories()) {
                Path res = resolve(dir, pom.interpolate(r, props));
                if (!res.startsWith(dir.resolve("src"))) {
                    resources.addAll(LayoutDetector.resourcesUnder(res));
                }
            }
            Path classes = dir.resolve("target/classes");
            if (Files.isDirectory(classes)) {
                classRoots.add(classes);
            }
        }
        for (String m : pom.modules()) {
            visit(
                    root,
                    dir.resolve(m).normalize(),
                    props,
                    modules,
                    roots,
                    java,
                    resources,
                    classRoots,
                    poms,
                    depth + 1);
        }
    }

    private static Path resolve(Path dir, String path) {
        return dir.resolve(path).toAbsolutePath().normalize();
    }
}
