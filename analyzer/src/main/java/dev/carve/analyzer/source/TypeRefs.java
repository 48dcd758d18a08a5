package dev.carve.analyzer.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.ast.type.TypeParameter;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.types.ResolvedType;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the types a file refers to, cheaply: by the file's imports, its package and the project index, as javac
 * would for the common cases; the symbol solver is asked only when that fails (inherited member types, names from
 * wildcard imports of libraries). Names are binary ({@code a.b.Outer$Inner}). One instance per file.
 */
final class TypeRefs {
    /** The result for a name nobody could resolve: the name as written, to be kept as an unresolved placeholder. */
    record Ref(String name, boolean resolved, boolean project) {}

    private final ProjectIndex index;
    private final TypeSolver solver;
    private final JavaParserFacade facade;
    private final String pkg;
    private final Map<String, String> singleImports = new HashMap<>();
    private final List<String> wildcardImports = new ArrayList<>();
    private final Map<String, String> staticImportOwners = new HashMap<>();
    private final Map<String, Ref> cache = new HashMap<>();
    private final Map<String, Boolean> jdk = new HashMap<>();

    TypeRefs(CompilationUnit cu, ProjectIndex index, TypeSolver solver) {
        this.index = index;
        this.solver = solver;
        this.facade = JavaParserFacade.get(solver);
        this.pkg = cu.getPackageDeclaration().map(p -> p.getNameAsString()).orElse("");
        for (ImportDeclaration i : cu.getImports()) {
            String name = i.getNameAsString();
            if (i.isStatic()) {
                if (!i.isAsterisk()) {
                    int dot = name.lastIndexOf('.');
                    staticImportOwners.put(name.substring(dot + 1), name.substring(0, dot));
                }
            } else if (i.isAsterisk()) {
                wildcardImports.add(name);
            } else {
                singleImports.put(name.substring(name.lastIndexOf('.') + 1), name);
            }
        }
    }

    String packageName() {
        return pkg;
    }

    /** The owner type of a statically imported member, or null. */
    String staticImportOwner(String member) {
        return staticImportOwners.get(member);
    }

    /** Resolves a type written in source; type variables come back as their erasure. */
    Ref resolve(Type type) {
        if (type instanceof ClassOrInterfaceType c) {
            return resolve(c);
        }
        if (type instanceof ArrayType a) {
            Ref component = resolve(a.getComponentType());
            return new Ref(component.name() + "[]", component.resolved(), component.project());
        }
        if (type instanceof PrimitiveType || type instanceof VoidType) {
            return new Ref(type.asString(), true, false);
        }
        return new Ref("java.lang.Object", true, false);
    }

    Ref resolve(ClassOrInterfaceType type) {
        String written = type.getNameWithScope();
        Node context = type;
        String typeVariable = typeVariableBound(type, written);
        if (typeVariable != null) {
            return typeVariable.equals("java.lang.Object")
                    ? new Ref(typeVariable, true, false)
                    : resolveName(typeVariable, context, null);
        }
        return resolveName(written, context, type);
    }

    /** Resolves an annotation's name. */
    Ref resolve(AnnotationExpr annotation) {
        return resolveName(annotation.getNameAsString(), annotation, null);
    }

    /** Resolves a name as written ({@code Order}, {@code Order.Line}, {@code com.acme.Order}). */
    Ref resolveName(String written, Node context, ClassOrInterfaceType astType) {
        String key = written + "@" + enclosingTypeName(context);
        Ref cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        Ref ref = textual(written, context);
        if (ref == null && astType != null) {
            ref = solved(astType);
        }
        if (ref == null) {
            ref = new Ref(written, false, false);
        }
        cache.put(key, ref);
        return ref;
    }

    private Ref textual(String written, Node context) {
        int dot = written.indexOf('.');
        String first = dot < 0 ? written : written.substring(0, dot);
        String rest = dot < 0 ? "" : written.substring(dot);
        // a type declared in this file or nested in an enclosing type
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> td) {
                String canonical = canonicalOf(td);
                if (td.getNameAsString().equals(first)) {
                    return project(canonical + rest);
                }
                if (index.contains(canonical + "." + first)) {
                    return project(canonical + "." + written);
                }
            }
        }
        String imported = singleImports.get(first);
        if (imported != null) {
            return known(imported + rest);
        }
        String samePackage = pkg.isEmpty() ? written : pkg + "." + written;
        if (index.contains(samePackage)) {
            return project(samePackage);
        }
        if (isJdk("java.lang." + written)) {
            return new Ref("java.lang." + written.replace('.', '$'), true, false);
        }
        for (String w : wildcardImports) {
            if (index.contains(w + "." + written)) {
                return project(w + "." + written);
            }
        }
        for (String w : wildcardImports) {
            if (isJdk(w + "." + written)) {
                return new Ref(w + "." + written, true, false);
            }
        }
        if (dot > 0 && Character.isLowerCase(written.charAt(0))) {
            // fully qualified in source
            return known(written);
        }
        return null;
    }

    private Ref project(String canonical) {
        String binary = index.binaryName(canonical);
        return binary == null ? null : new Ref(binary, true, true);
    }

    /** A qualified name: a project type, a JDK type, or a library type known by name only. */
    private Ref known(String canonical) {
        Ref p = project(canonical);
        if (p != null) {
            return p;
        }
        // split a.b.Outer.Inner into package and nested names: package segments start lower case
        String[] parts = canonical.split("\\.");
        StringBuilder binary = new StringBuilder();
        boolean inType = false;
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                binary.append(inType ? '$' : '.');
            }
            binary.append(parts[i]);
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                inType = true;
            }
        }
        return new Ref(binary.toString(), true, false);
    }

    private boolean isJdk(String canonical) {
        return jdk.computeIfAbsent(canonical, n -> {
            if (!(n.startsWith("java.") || n.startsWith("javax."))) {
                return false;
            }
            try {
                Class.forName(n, false, ClassLoader.getPlatformClassLoader());
                return true;
            } catch (ClassNotFoundException | LinkageError e) {
                return false;
            }
        });
    }

    private Ref solved(ClassOrInterfaceType type) {
        try {
            ResolvedType resolved = facade.convertToUsage(type);
            if (resolved.isReferenceType()) {
                String name = Signatures.binaryName(
                        resolved.asReferenceType().getTypeDeclaration().orElseThrow());
                return new Ref(name, true, index.contains(name.replace('$', '.')));
            }
            return null;
        } catch (RuntimeException | StackOverflowError e) {
            return null;
        }
    }

    /** If the name is a type parameter in scope, its erasure's written name; else null. */
    private static String typeVariableBound(Node context, String written) {
        if (written.contains(".")) {
            return null;
        }
        for (Node n = context; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof NodeWithTypeParameters<?> withParams) {
                for (TypeParameter p : withParams.getTypeParameters()) {
                    if (p.getNameAsString().equals(written)) {
                        return p.getTypeBound().isEmpty()
                                ? "java.lang.Object"
                                : p.getTypeBound().get(0).getNameWithScope();
                    }
                }
            }
            if (n instanceof TypeDeclaration<?> td && td.isStatic()) {
                // a static nested type does not see the outer type's parameters; keep looking only at its own
                continue;
            }
        }
        return null;
    }

    private static String enclosingTypeName(Node node) {
        for (Node n = node; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> td) {
                return td.getNameAsString();
            }
        }
        return "";
    }

    /** The canonical name of a declared type ({@code a.b.Outer.Inner}); local types get their simple name. */
    static String canonicalOf(TypeDeclaration<?> td) {
        return td.getFullyQualifiedName().orElse(td.getNameAsString());
    }

    /** The binary name of a declared type. */
    String binaryOf(TypeDeclaration<?> td) {
        String canonical = canonicalOf(td);
        String binary = index.binaryName(canonical);
        return binary != null ? binary : canonical;
    }
}
