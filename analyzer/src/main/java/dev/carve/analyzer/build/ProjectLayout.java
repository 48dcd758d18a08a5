package dev.carve.analyzer.build;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link LayoutDetector} found under the analyzed path.
 *
 * @param root the analyzed directory (or the directory of an analyzed archive), absolute and normalized
 * @param tool how the input is organised
 * @param modules build module names ({@code .} for the root), in reactor order
 * @param sourceRoots directories of Java sources
 * @param javaFiles every Java source file found under the source roots
 * @param resourceFiles non-Java files the data readers look at (SQL, changelogs, mappers, web.xml)
 * @param classRoots directories of compiled classes ({@code target/classes}, {@code build/classes/java/main})
 * @param archives jar/war/ear files given as input
 * @param dependencyJars library jars symbol solving may use; empty when the build could not list them
 */
public record ProjectLayout(
        Path root,
        BuildTool tool,
        List<String> modules,
        List<SourceRoot> sourceRoots,
        List<Path> javaFiles,
        List<Path> resourceFiles,
        List<Path> classRoots,
        List<Path> archives,
        List<Path> dependencyJars) {

    public ProjectLayout {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(tool, "tool");
        modules = List.copyOf(modules);
        sourceRoots = List.copyOf(sourceRoots);
        javaFiles = List.copyOf(javaFiles);
        resourceFiles = List.copyOf(resourceFiles);
        classRoots = List.copyOf(classRoots);
        archives = List.copyOf(archives);
        dependencyJars = List.copyOf(dependencyJars);
    }

    public boolean hasSources() {
        return !javaFiles.isEmpty();
    }

    public boolean hasBinaries() {
        return !classRoots.isEmpty() || !archives.isEmpty();
    }

    /** The source root a file lies in, if any. */
    public java.util.Optional<SourceRoot> sourceRootOf(Path file) {
        return sourceRoots.stream()
                .filter(r -> file.startsWith(r.dir()))
                .max(java.util.Comparator.comparingInt(r -> r.dir().getNameCount()));
    }

    /** A path relative to the root, with forward slashes, for locations and messages. */
    public String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        String rel = abs.startsWith(root) ? root.relativize(abs).toString() : abs.toString();
        return rel.replace('\\', '/');
    }

    public ProjectLayout withDependencyJars(List<Path> jars) {
        return new ProjectLayout(
                root, tool, modules, sourceRoots, javaFiles, resourceFiles, classRoots, archives, jars);
    }
}
