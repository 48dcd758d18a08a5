package dev.carve.analyzer.build;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Decides what a path is (a Maven or Gradle project, a plain source tree, compiled classes, archives) and lists
 * the files each reader needs. Missing paths and paths without any Java are bad input.
 */
public final class LayoutDetector {
    /** Directories never descended into: build output, VCS and tool state. */
    private static final Set<String> SKIPPED_DIRS = Set.of(
            "target",
            "build",
            "out",
            "bin",
            ".git",
            ".svn",
            ".hg",
            ".idea",
            ".gradle",
            ".mvn",
            ".carve",
            "node_modules",
            ".settings");

    private static final Set<String> RESOURCE_EXTENSIONS = Set.of("sql", "xml", "yaml", "yml");
    private static final long MAX_RESOURCE_BYTES = 4L * 1024 * 1024;

    private LayoutDetector() {}

    /** Detects the layout of {@code input}; throws {@link CarveException#badInput} when there is nothing to read. */
    public static ProjectLayout detect(Path input) {
        Path path = input.toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw CarveException.badInput(input + ": no such file or directory. Pass the root of a Java project,"
                    + " a source folder, a classes folder or a jar/war/ear.");
        }
        if (Files.isRegularFile(path)) {
            return forFile(input, path);
        }
        ProjectLayout layout;
        if (Files.isRegularFile(path.resolve("pom.xml"))) {
            layout = MavenLayout.detect(path);
        } else if (Stream.of("settings.gradle", "settings.gradle.kts", "build.gradle", "build.gradle.kts")
                .anyMatch(f -> Files.isRegularFile(path.resolve(f)))) {
            layout = GradleLayout.detect(path);
        } else {
            layout = sourceTree(path);
        }
        if (!layout.hasSources() && !layout.hasBinaries()) {
            throw CarveException.badInput(input + ": no Java found (no .java, .class, .jar, .war or .ear files)."
                    + " Pass the root of a Java project or a folder of compiled classes.");
        }
        return layout;
    }

    private static ProjectLayout forFile(Path input, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        Path dir = file.getParent();
        if (name.endsWith(".jar") || name.endsWith(".war") || name.endsWith(".ear")) {
            return new ProjectLayout(
                    dir,
                    BuildTool.BINARIES,
                    List.of("."),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(file),
                    List.of());
        }
        if (name.endsWith(".java")) {
            return new ProjectLayout(
                    dir,
                    BuildTool.SOURCE_TREE,
                    List.of("."),
                    List.of(new SourceRoot(dir, ".", false, false)),
                    List.of(file),
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of());
        }
        throw CarveException.badInput(input + ": not something Carve can analyze. Pass a project directory, a"
                + " .java file, or a .jar/.war/.ear archive.");
    }

    /** A directory without a known build file: conventional folders if present, else the whole tree. */
    static ProjectLayout sourceTree(Path root) {
        List<SourceRoot> roots = new ArrayList<>();
        List<Path> java = new ArrayList<>();
        List<Path> resources = new ArrayList<>();
        List<Path> classFiles = new ArrayList<>();
        List<Path> archives = new ArrayList<>();
        walk(root, java, resources, classFiles, archives, true);
        roots.add(new SourceRoot(root, ".", false, false));
        List<Path> classRoots = new ArrayList<>();
        if (java.isEmpty() && !classFiles.isEmpty()) {
            classRoots.add(root);
        }
        BuildTool tool = java.isEmpty() ? BuildTool.BINARIES : BuildTool.SOURCE_TREE;
        if (!java.isEmpty()) {
            archives.clear(); // jars beside sources are libraries, not the application
        }
        return new ProjectLayout(root, tool, List.of("."), roots, java, resources, classRoots, archives, List.of());
    }

    /** Test code by path convention, for trees without a build file. */
    public static boolean looksLikeTest(String relativePath) {
        String p = "/" + relativePath.replace('\\', '/');
        return p.contains("/src/test/") || p.contains("/test/java/") || p.contains("/src/it/");
    }

    /** Collects Java sources under a source root. */
    static List<Path> javaFilesUnder(Path dir) {
        List<Path> java = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            walk(dir, java, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), false);
        }
        return java;
    }

    /** Collects data resources (SQL, XML, YAML) under a module, skipping build output. */
    static List<Path> resourcesUnder(Path dir) {
        List<Path> resources = new ArrayList<>();
        if (Files.isDirectory(dir)) {
            walk(dir, new ArrayList<>(), resources, new ArrayList<>(), new ArrayList<>(), false);
        }
        return resources;
    }

    private static void walk(
            Path dir,
            List<Path> java,
            List<Path> resources,
            List<Path> classes,
            List<Path> archives,
            boolean binaries) {
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    String name = d.getFileName() == null ? "" : d.getFileName().toString();
                    if (!d.equals(dir) && (SKIPPED_DIRS.contains(name) || name.startsWith("."))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
                    String name = f.getFileName().toString();
                    int dot = name.lastIndexOf('.');
                    String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
                    if (ext.equals("java")) {
                        java.add(f);
                    } else if (RESOURCE_EXTENSIONS.contains(ext)
                            && attrs.size() <= MAX_RESOURCE_BYTES
                            && !name.equals("pom.xml")) {
                        resources.add(f);
                    } else if (binaries && ext.equals("class")) {
                        classes.add(f);
                    } else if (binaries && (ext.equals("jar") || ext.equals("war") || ext.equals("ear"))) {
                        archives.add(f);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path f, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        java.sort(null);
        resources.sort(null);
    }

    /** Adds a source root (and its files) when the directory exists. */
    static void addRoot(
            Path dir, String module, boolean test, boolean generated, List<SourceRoot> roots, Set<Path> files) {
        Path d = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(d) && roots.stream().noneMatch(r -> r.dir().equals(d))) {
            roots.add(new SourceRoot(d, module, test, generated));
            files.addAll(javaFilesUnder(d));
        }
    }

    /** Generated sources a previous build left under {@code target/generated-sources/*}. */
    static void addGenerated(Path outputDir, String module, List<SourceRoot> roots, Set<Path> files) {
        Path gen = outputDir.resolve("generated-sources");
        if (!Files.isDirectory(gen)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(gen)) {
            dirs.filter(Files::isDirectory).sorted().forEach(d -> addRoot(d, module, false, true, roots, files));
        } catch (IOException e) {
            // an unreadable generated folder only loses generated code
        }
    }

    static List<Path> sortedFiles(LinkedHashSet<Path> files) {
        List<Path> list = new ArrayList<>(files);
        list.sort(null);
        return list;
    }
}
