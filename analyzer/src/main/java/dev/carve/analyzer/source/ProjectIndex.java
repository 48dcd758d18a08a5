package dev.carve.analyzer.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.TypeDeclaration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Every type the project declares, by canonical name ({@code a.b.Outer.Inner}), with its binary name and where its
 * declaration is: an already parsed AST, or a file to parse on demand (files whose facts came from the cache).
 * Shared by the worker threads; lazily parsed files are parsed once.
 */
final class ProjectIndex {
    private final Map<String, String> binaryNames = new ConcurrentHashMap<>();
    private final Map<String, TypeDeclaration<?>> declarations = new ConcurrentHashMap<>();
    private final Map<String, Path> lazyFiles = new ConcurrentHashMap<>();
    private final Map<Path, Optional<CompilationUnit>> lazyUnits = new ConcurrentHashMap<>();
    private final Set<String> packages = ConcurrentHashMap.newKeySet();
    private final Supplier<JavaParser> parsers;

    ProjectIndex(Supplier<JavaParser> parsers) {
        this.parsers = parsers;
    }

    /** Registers the types of a parsed unit. */
    void add(CompilationUnit cu) {
        String pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        packages.add(pkg);
        for (TypeDeclaration<?> type : cu.getTypes()) {
            addType(type, pkg.isEmpty() ? "" : pkg + ".", pkg.isEmpty() ? "" : pkg + ".");
        }
    }

    private void addType(TypeDeclaration<?> type, String canonicalPrefix, String binaryPrefix) {
        String canonical = canonicalPrefix + type.getNameAsString();
        String binary = binaryPrefix + type.getNameAsString();
        binaryNames.put(canonical, binary);
        declarations.put(canonical, type);
        for (var member : type.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                addType(nested, canonical + ".", binary + "$");
            }
        }
    }

    /** Registers a type known from the cache: its file is parsed only if symbol solving asks for it. */
    void addLazy(String binaryName, Path file) {
        String canonical = binaryName.replace('$', '.');
        binaryNames.putIfAbsent(canonical, binaryName);
        lazyFiles.putIfAbsent(canonical, file);
        int dot = binaryName.lastIndexOf('.');
        packages.add(dot < 0 ? "" : binaryName.substring(0, dot));
    }

    boolean contains(String canonical) {
        return binaryNames.containsKey(canonical);
    }

    boolean isPackage(String name) {
        return packages.contains(name);
    }

    /** The binary name ({@code a.b.Outer$Inner}) of a project type given by canonical name, or null. */
    String binaryName(String canonical) {
        return binaryNames.get(canonical);
    }

    int size() {
        return binaryNames.size();
    }

    Optional<TypeDeclaration<?>> declaration(String canonical) {
        TypeDeclaration<?> parsed = declarations.get(canonical);
        if (parsed != null) {
            return Optional.of(parsed);
        }
        Path file = lazyFiles.get(canonical);
        if (file == null) {
            return Optional.empty();
        }
        Optional<CompilationUnit> cu = lazyUnits.computeIfAbsent(file, this::parse);
        cu.ifPresent(this::add);
        return Optional.ofNullable(declarations.get(canonical));
    }

    private Optional<CompilationUnit> parse(Path file) {
        try {
            ParseResult<CompilationUnit> result = parsers.get().parse(file);
            return result.getResult();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
