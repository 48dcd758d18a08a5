package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The class files of the application in a classes folder or an archive. A war contributes {@code WEB-INF/classes}
 * (its {@code WEB-INF/lib} jars are libraries), an ear its modules (nested jars and wars, not {@code lib/}), a
 * Spring Boot jar {@code BOOT-INF/classes}. A broken archive or class file becomes a problem; reading goes on.
 */
final class ClassInputs {
    /** One class file: where it was found (for locations), whether it is test code, and its bytes. */
    record ClassFile(String location, boolean test, byte[] bytes) {}

    private static final long MAX_CLASS_BYTES = 16L * 1024 * 1024;

    private final Consumer<ClassFile> sink;
    private final Consumer<AnalysisProblem> problems;

    ClassInputs(Consumer<ClassFile> sink, Consumer<AnalysisProblem> problems) {
        this.sink = sink;
        this.problems = problems;
    }

    /** Every {@code .class} under a classes folder; {@code relative} is its path for locations. */
    void directory(Path dir, String relative, boolean test) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(f -> f.toString().endsWith(".class") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            problems.accept(problem(ProblemKind.UNREADABLE_FILE, "cannot list classes: " + e.getMessage(), relative));
            return;
        }
        for (Path f : files) {
            String inDir = dir.relativize(f).toString().replace('\\', '/');
            String location = relative.isEmpty() ? inDir : relative + "/" + inDir;
            if (isMetadata(f.getFileName().toString())) {
                continue;
            }
            try {
                sink.accept(new ClassFile(location, test, Files.readAllBytes(f)));
            } catch (IOException e) {
                problems.accept(problem(ProblemKind.UNREADABLE_FILE, "cannot read: " + e.getMessage(), location));
            }
        }
    }

    /** The application classes of a jar, war or ear file. */
    void archive(Path file, String relative) {
        try (InputStream in = Files.newInputStream(file)) {
            archive(in, relative, kindOf(relative));
        } catch (IOException | RuntimeException e) {
            problems.accept(problem(
                    ProblemKind.BROKEN_ARCHIVE,
                    "not a readable zip archive (" + e.getMessage() + "); its classes are missing from the graph",
                    relative));
        }
    }

    private enum Kind {
        JAR,
        WAR,
        EAR
    }

    private static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".war") ? Kind.WAR : n.endsWith(".ear") ? Kind.EAR : Kind.JAR;
    }

    private void archive(InputStream raw, String location, Kind kind) throws IOException {
        ZipInputStream zip = new ZipInputStream(raw);
        boolean any = false;
        ZipEntry entry;
        while ((entry = zip.getNextEntry()) != null) {
            any = true;
            String name = entry.getName();
            if (entry.isDirectory()) {
                continue;
            }
            String lower = name.toLowerCase(Locale.ROOT);
            String entryLocation = location + "!/" + name;
            if (kind == Kind.EAR && !lower.startsWith("lib/") && isArchive(lower)) {
                byte[] nested = zip.readAllBytes();
                try {
                    archive(new ByteArrayInputStream(nested), entryLocation, kindOf(lower));
                } catch (IOException | RuntimeException e) {
                    problems.accept(
                            problem(ProblemKind.BROKEN_ARCHIVE, "nested archive: " + e.getMessage(), entryLocation));
                }
                continue;
            }
            if (!lower.endsWith(".class") || isMetadata(name.substring(name.lastIndexOf('/') + 1))) {
                continue;
            }
            boolean application = switch (kind) {
                case WAR -> name.startsWith("WEB-INF/classes/");
                case EAR -> false; // classes directly in an ear are not part of any module
                case JAR -> !name.startsWith("BOOT-INF/lib/") && !name.startsWith("META-INF/versions/");
            };
            if (application && entry.getSize() <= MAX_CLASS_BYTES) {
                sink.accept(new ClassFile(entryLocation, false, zip.readAllBytes()));
            }
        }
        if (!any) {
            throw new IOException("no entries");
        }
    }

    private static boolean isArchive(String lower) {
        return lower.endsWith(".jar") || lower.endsWith(".war");
    }

    private static boolean isMetadata(String fileName) {
        return fileName.equals("module-info.class") || fileName.equals("package-info.class");
    }

    private static AnalysisProblem problem(ProblemKind kind, String message, String location) {
        return new AnalysisProblem(kind, message, SourceLocation.of(location, 0));
    }
}
