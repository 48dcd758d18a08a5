package dev.carve.extractor.code;

import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the references of one file to the application's types without a symbol solver: simple names resolve the
 * way javac does for top-level types (single-type import, own package, on-demand import), qualified names match
 * the index directly. Local variables spelled like types are not told apart; Java naming makes that rare.
 */
public final class References {
    private final SourceTree tree;

    public References(SourceTree tree) {
        this.tree = tree;
    }

    public List<TypeRef> of(SourceFile file) {
        Resolver resolver = new Resolver(file);
        List<TypeRef> refs = new ArrayList<>();
        for (ImportDeclaration imp : file.unit().getImports()) {
            String name = imp.getNameAsString();
            String type = imp.isStatic() && !imp.isAsterisk() ? parent(name) : name;
            if (!imp.isAsterisk() || imp.isStatic()) {
                if (tree.contains(type)) {
                    refs.add(new TypeRef(type, line(imp), TypeRef.How.IMPORT));
                }
            }
        }
        file.unit().getTypes().forEach(t -> collect(t, resolver, refs));
        return refs;
    }

    private void collect(Node root, Resolver resolver, List<TypeRef> refs) {
        root.walk(node -> {
            if (node instanceof ClassOrInterfaceType type
                    && !(type.getParentNode().orElse(null) instanceof ClassOrInterfaceType)) {
                resolveScoped(type.getNameWithScope(), node, resolver, refs);
            } else if (node instanceof FieldAccessExpr access
                    && !(access.getParentNode().orElse(null) instanceof FieldAccessExpr)) {
                resolveScoped(access.toString(), node, resolver, refs);
            } else if (node instanceof NameExpr name && startsUpper(name.getNameAsString())) {
                if (!(name.getParentNode().orElse(null) instanceof FieldAccessExpr)) {
                    resolver.simple(name.getNameAsString(), line(node)).ifPresent(refs::add);
                }
            } else if (node instanceof AnnotationExpr annotation) {
                resolveScoped(annotation.getNameAsString(), node, resolver, refs);
            }
        });
    }

    /** A dotted name: the longest prefix that is an indexed type, else its first segment as a simple name. */
    private void resolveScoped(String dotted, Node node, Resolver resolver, List<TypeRef> refs) {
        String candidate = dotted;
        while (candidate.contains(".")) {
            if (tree.contains(candidate)) {
                refs.add(new TypeRef(candidate, line(node), TypeRef.How.QUALIFIED));
                return;
            }
            candidate = parent(candidate);
        }
        if (startsUpper(candidate)) {
            resolver.simple(candidate, line(node)).ifPresent(refs::add);
        }
    }

    private final class Resolver {
        private final String pkg;
        private final Map<String, String> single = new HashMap<>();
        private final List<String> onDemand = new ArrayList<>();
        private final Set<String> declared = new HashSet<>();

        Resolver(SourceFile file) {
            pkg = file.packageName();
            for (ImportDeclaration imp : file.unit().getImports()) {
                if (imp.isStatic()) {
                    continue;
                }
                if (imp.isAsterisk()) {
                    onDemand.add(imp.getNameAsString());
                } else {
                    single.put(simpleName(imp.getNameAsString()), imp.getNameAsString());
                }
            }
            file.unit().findAll(TypeDeclaration.class).forEach(t -> declared.add(t.getNameAsString()));
        }

        java.util.Optional<TypeRef> simple(String name, int line) {
            if (single.containsKey(name)) {
                String imported = single.get(name);
                return tree.contains(imported)
                        ? java.util.Optional.of(new TypeRef(imported, line, TypeRef.How.IMPORTED))
                        : java.util.Optional.empty();
            }
            if (declared.contains(name)) {
                return java.util.Optional.empty();
            }
            String local = pkg.isEmpty() ? name : pkg + "." + name;
            if (tree.contains(local)) {
                return java.util.Optional.of(new TypeRef(local, line, TypeRef.How.SAME_PACKAGE));
            }
            for (String wildcard : onDemand) {
                if (tree.contains(wildcard + "." + name)) {
                    return java.util.Optional.of(new TypeRef(wildcard + "." + name, line, TypeRef.How.WILDCARD));
                }
            }
            return java.util.Optional.empty();
        }
    }

    public static String simpleName(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? qualified : qualified.substring(dot + 1);
    }

    public static String parent(String qualified) {
        int dot = qualified.lastIndexOf('.');
        return dot < 0 ? "" : qualified.substring(0, dot);
    }

    private static boolean startsUpper(String name) {
        return !name.isEmpty() && Character.isUpperCase(name.charAt(0));
    }

    static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }
}
