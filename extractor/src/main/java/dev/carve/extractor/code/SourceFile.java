package dev.carve.extractor.code;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.PackageDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.printer.lexicalpreservation.LexicalPreservingPrinter;
import java.nio.file.Path;
import java.util.List;

/**
 * One parsed Java file. The compilation unit is set up for the lexical-preserving printer, so a rewrite changes only
 * the nodes it touches and keeps formatting and comments.
 *
 * @param path the file, relative to the project directory
 * @param main whether it is a production source ({@code src/main/java}) rather than a test
 * @param original the text it was parsed from
 * @param unit the parsed, mutable compilation unit
 */
public record SourceFile(Path path, boolean main, String original, CompilationUnit unit) {

    public String packageName() {
        return unit.getPackageDeclaration()
                .map(PackageDeclaration::getNameAsString)
                .orElse("");
    }

    /** Fully qualified names of the top-level types it declares. */
    public List<String> typeNames() {
        String prefix = packageName().isEmpty() ? "" : packageName() + ".";
        return unit.getTypes().stream()
                .map(TypeDeclaration::getNameAsString)
                .map(n -> prefix + n)
                .toList();
    }

    public boolean isPackageInfo() {
        return path.getFileName().toString().equals("package-info.java");
    }

    /** The text as the lexical-preserving printer renders the current tree. */
    public String print() {
        return LexicalPreservingPrinter.print(unit);
    }
}
