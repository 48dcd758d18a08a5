package dev.carve.extractor.code;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ParserConfiguration.LanguageLevel;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import dev.carve.extractor.ExtractionException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Java sources of a Maven-layout project ({@code src/main/java}, {@code src/test/java}), parsed, with an index
 * from fully qualified type name to the file declaring it.
 */
public final class SourceTree {
    public static final Path MAIN = Path.of("src", "main", "java");
    public static final Path TEST = Path.of("src", "test", "java");

    private final Path project;
    private final List<SourceFile> files;
    private final Map<String, SourceFile> byType = new LinkedHashMap<>();

    private SourceTree(Path project, List<SourceFile> files) {
        this.project = project;
        this.files = List.copyOf(files);
        for (SourceFile file : files) {
            file.typeNames().forEach(t -> byType.put(t, file));
        }
    }

    /** Parses every Java file under the project's main and test source roots. */
    public static SourceTree load(Path project) {
        Path main = project.resolve(MAIN);
        if (!Files.isDirectory(main)) {
            throw ExtractionException.badInput(project + ": no " + MAIN + " directory. Point --project at the"
                    + " monolith's Maven project (the directory holding its pom.xml).");
        }
        Map<Path, String> texts = new LinkedHashMap<>();
        for (Path root : List.of(MAIN, TEST)) {
            for (Path file : javaFiles(project.resolve(root))) {
                texts.put(project.relativize(file), read(file));
            }
        }
        return of(project, texts);
    }

    /** Parses the given texts (paths relative to the project), e.g. a rewrite not yet written to disk. */
    public static SourceTree of(Path project, Map<Path, String> texts) {
        return of(project, texts, true);
    }

    /** As {@link #of(Path, Map)}; {@code rewritable} false skips the lexical-preserving setup for read-only use. */
    public static SourceTree of(Path project, Map<Path, String> texts, boolean rewritable) {
        JavaParser parser = new JavaParser(new ParserConfiguration().setLanguageLevel(LanguageLevel.JAVA_17));
        List<SourceFile> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        texts.forEach((path, text) -> {
            ParseResult<CompilationUnit> result = parser.parse(text);
            if (result.isSuccessful() && result.getResult().isPresent()) {
                CompilationUnit unit = rewritable
                        ? LexicalPreservingPrinter.setup(result.getResult().get())
                        : result.getResult().get();
                files.add(new SourceFile(path, path.startsWith(MAIN), text, unit));
            } else {
                problems.add(path + ": "
                        + result.getProblems().stream()
                                .findFirst()
                                .map(p -> p.getVerboseMessage())
                                .orElse("cannot be parsed"));
            }
        });
        if (!problems.isEmpty()) {
            throw ExtractionException.badInput(problems.size() + " Java file(s) cannot be parsed, so Carve cannot"
                    + " rewrite references safely; fix them first:\n  " + String.join("\n  ", problems));
        }
        return new SourceTree(project, files);
    }

    public Path project() {
        return project;
    }

    public List<SourceFile> files() {
        return files;
    }

    public Optional<SourceFile> fileOf(String type) {
        return Optional.ofNullable(byType.get(type));
    }

    public boolean contains(String type) {
        return byType.containsKey(type);
    }

    /** Every top-level type declared in the tree. */
    public java.util.Set<String> types() {
        return Collections.unmodifiableSet(byType.keySet());
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ExtractionException.badInput(file + ": cannot be read: " + e.getMessage());
        }
    }
}
