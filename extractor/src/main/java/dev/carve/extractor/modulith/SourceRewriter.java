package dev.carve.extractor.modulith;

import com.github.javaparser.StaticJavaParser;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.carve.extractor.code.ImportBlocks;
import dev.carve.extractor.code.References;
import dev.carve.extractor.code.SourceFile;
import dev.carve.extractor.code.SourceTree;
import dev.carve.extractor.code.TypeRef;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Applies package moves to every file of a source tree: package declarations, imports (single, static, on-demand),
 * qualified names in code and annotations, qualified names inside string literals (JPQL names enum constants that
 * way), and imports for the simple names that no longer resolve through the file's package. The lexical-preserving
 * printer keeps everything else as it was.
 */
final class SourceRewriter {
    private final SourceTree tree;
    private final Map<String, String> moves;
    private final List<String> longestFirst;

    SourceRewriter(SourceTree tree, Map<String, String> moves) {
        this.tree = tree;
        this.moves = moves;
        this.longestFirst = moves.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }

    /** The rewritten text of every file that changes, keyed by its (new) path; moved files map their old path. */
    Rewrite rewrite() {
        Map<Path, String> texts = new LinkedHashMap<>();
        Map<Path, Path> renamed = new LinkedHashMap<>();
        References references = new References(tree);
        for (SourceFile file : tree.files()) {
            List<TypeRef> refs = references.of(file);
            Optional<String> movedTo = file.typeNames().stream()
                    .filter(moves::containsKey)
                    .findFirst()
                    .map(moves::get);
            boolean changed = false;
            String newPackage = movedTo.map(References::parent).orElse(file.packageName());
            if (movedTo.isPresent()) {
                file.unit().getPackageDeclaration().orElseThrow().setName(newPackage);
                changed = true;
            }
            changed |= rewriteImports(file);
            changed |= rewriteQualified(file);
            changed |= rewriteStrings(file);
            changed |= addImports(file, refs, newPackage, movedTo.isPresent());
            changed |= dropSamePackageImports(file, newPackage);
            if (changed) {
                Path path = file.path();
                if (movedTo.isPresent()) {
                    Path root = file.main() ? SourceTree.MAIN : SourceTree.TEST;
                    path = root.resolve(newPackage.replace('.', '/'))
                            .resolve(file.path().getFileName());
                    renamed.put(file.path(), path);
                }
                texts.put(path, ImportBlocks.sortLike(file.original(), file.print()));
            }
        }
        return new Rewrite(texts, renamed);
    }

    /** Rewritten texts by path, and old path to new path for the moved files. */
    record Rewrite(Map<Path, String> texts, Map<Path, Path> renamed) {}

    private boolean rewriteImports(SourceFile file) {
        boolean changed = false;
        for (ImportDeclaration imp : file.unit().getImports()) {
            String name = imp.getNameAsString();
            if (imp.isAsterisk() && !imp.isStatic()) {
                continue; // on-demand imports of packages: the simple names they served get explicit imports
            }
            String type = imp.isStatic() && !imp.isAsterisk() ? References.parent(name) : name;
            String target = moves.get(type);
            if (target != null) {
                imp.setName(target + name.substring(type.length()));
                changed = true;
            }
        }
        return changed;
    }

    private boolean rewriteQualified(SourceFile file) {
        List<Runnable> edits = new ArrayList<>();
        file.unit()
                .getTypes()
                .forEach(t -> t.walk(node -> {
                    if (node instanceof ClassOrInterfaceType type
                            && type.getScope().isPresent()
                            && !(type.getParentNode().orElse(null) instanceof ClassOrInterfaceType)) {
                        movedName(type.getNameWithScope())
                                .ifPresent(name -> edits.add(() -> {
                                    ClassOrInterfaceType replacement = StaticJavaParser.parseClassOrInterfaceType(name);
                                    type.getTypeArguments().ifPresent(replacement::setTypeArguments);
                                    type.replace(replacement);
                                }));
                    } else if (node instanceof FieldAccessExpr access
                            && !(access.getParentNode().orElse(null) instanceof FieldAccessExpr)) {
                        movedName(access.toString())
                                .ifPresent(name ->
                                        edits.add(() -> access.replace(StaticJavaParser.parseExpression(name))));
                    } else if (node instanceof AnnotationExpr annotation
                            && annotation.getNameAsString().contains(".")) {
                        movedName(annotation.getNameAsString())
                                .ifPresent(
                                        name -> edits.add(() -> annotation.setName(StaticJavaParser.parseName(name))));
                    }
                }));
        edits.forEach(Runnable::run);
        return !edits.isEmpty();
    }

    /** The dotted name with a moved type as its prefix, rewritten; empty when no moved type starts it. */
    private Optional<String> movedName(String dotted) {
        for (String old : longestFirst) {
            if (dotted.equals(old) || dotted.startsWith(old + ".")) {
                return Optional.of(moves.get(old) + dotted.substring(old.length()));
            }
        }
        return Optional.empty();
    }

    private boolean rewriteStrings(SourceFile file) {
        boolean changed = false;
        for (StringLiteralExpr literal : file.unit().findAll(StringLiteralExpr.class)) {
            String value = replaceNames(literal.getValue());
            if (!value.equals(literal.getValue())) {
                literal.setValue(value);
                changed = true;
            }
        }
        for (TextBlockLiteralExpr literal : file.unit().findAll(TextBlockLiteralExpr.class)) {
            String value = replaceNames(literal.getValue());
            if (!value.equals(literal.getValue())) {
                literal.setValue(value);
                changed = true;
            }
        }
        return changed;
    }

    /** Replaces qualified names of moved types in free text (string literals, resource files). */
    String replaceNames(String text) {
        String out = text;
        for (String old : longestFirst) {
            if (out.contains(old)) {
                Matcher matcher = Pattern.compile("(?<![\\w.$])" + Pattern.quote(old) + "(?![\\w$])")
                        .matcher(out);
                out = matcher.replaceAll(Matcher.quoteReplacement(moves.get(old)));
            }
        }
        return out;
    }

    /** Imports a move made redundant (the type is now in the file's own package); formatters would remove them. */
    private boolean dropSamePackageImports(SourceFile file, String packageName) {
        List<ImportDeclaration> redundant = file.unit().getImports().stream()
                .filter(i -> !i.isStatic() && !i.isAsterisk())
                .filter(i -> References.parent(i.getNameAsString()).equals(packageName))
                .filter(i -> !file.original().contains("import " + i.getNameAsString() + ";")) // made by the move
                .toList();
        redundant.forEach(ImportDeclaration::remove);
        return !redundant.isEmpty();
    }

    private boolean addImports(SourceFile file, List<TypeRef> refs, String newPackage, boolean fileMoved) {
        Set<String> imported = new HashSet<>();
        file.unit().getImports().stream()
                .filter(i -> !i.isStatic() && !i.isAsterisk())
                .map(ImportDeclaration::getNameAsString)
                .forEach(imported::add);
        boolean changed = false;
        for (TypeRef ref : refs) {
            boolean implicit = ref.how() == TypeRef.How.SAME_PACKAGE || ref.how() == TypeRef.How.WILDCARD;
            boolean needed = moves.containsKey(ref.type()) || (ref.how() == TypeRef.How.SAME_PACKAGE && fileMoved);
            String target = moves.getOrDefault(ref.type(), ref.type());
            if (implicit && needed && !References.parent(target).equals(newPackage) && imported.add(target)) {
                file.unit().addImport(target);
                changed = true;
            }
        }
        return changed;
    }
}
