package dev.carve.extractor.modulith;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import dev.carve.extractor.code.References;
import dev.carve.extractor.code.SourceFile;
import dev.carve.extractor.code.SourceTree;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A package the code declares an application module with {@code @ApplicationModule} on its {@code package-info}.
 *
 * @param name the module's display name (the proposal's module name when Carve wrote it)
 * @param packageName its base package
 * @param allowed its allowed dependencies; empty when unrestricted
 * @param byCarve whether Carve generated the declaration (and may regenerate it)
 */
record ExtractedModule(String name, String packageName, List<String> allowed, boolean byCarve) {
    static final String MARKER = "Extracted by Carve";

    static List<ExtractedModule> all(SourceTree tree) {
        List<ExtractedModule> out = new ArrayList<>();
        for (SourceFile file : tree.files()) {
            if (file.main() && file.isPackageInfo()) {
                of(file).ifPresent(out::add);
            }
        }
        return out;
    }

    static Optional<ExtractedModule> of(SourceFile packageInfo) {
        return packageInfo
                .unit()
                .getPackageDeclaration()
                .flatMap(pkg -> pkg.getAnnotations().stream()
                        .filter(a -> References.simpleName(a.getNameAsString()).equals("ApplicationModule"))
                        .findFirst()
                        .map(a -> new ExtractedModule(
                                attribute(a, "displayName")
                                        .map(ExtractedModule::strings)
                                        .flatMap(l -> l.stream().findFirst())
                                        .orElse(References.simpleName(pkg.getNameAsString())),
                                pkg.getNameAsString(),
                                attribute(a, "allowedDependencies")
                                        .map(ExtractedModule::strings)
                                        .orElse(List.of()),
                                packageInfo.original().contains(MARKER))));
    }

    boolean contains(String type) {
        return type.startsWith(packageName + ".");
    }

    boolean isInternal(String type) {
        return contains(type) && !References.parent(type).equals(packageName);
    }

    private static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream()
                    .filter(p -> p.getNameAsString().equals(name))
                    .map(p -> p.getValue())
                    .findFirst();
        }
        return Optional.empty();
    }

    private static List<String> strings(Expression value) {
        List<String> out = new ArrayList<>();
        if (value instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(v -> out.addAll(strings(v)));
        } else if (value instanceof StringLiteralExpr literal) {
            out.add(literal.asString());
        }
        return out;
    }
}
