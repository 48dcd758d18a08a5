package dev.carve.analyzer.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.AnnotationDeclaration;
import com.github.javaparser.ast.body.BodyDeclaration;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumConstantDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.TypeSolver;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns one parsed file into {@link FileFacts}: its types and members, their structural dependencies, and (through
 * {@link BodyScanner}, {@link JpaRules}, {@link EntryPointRules}) calls, data access, entry points and events.
 */
final class FileAnalyzer {
    private static final Set<String> ENTITY = Set.of("Entity", "Embeddable", "MappedSuperclass");
    private static final Set<String> GENERATED = Set.of("Generated");

    private final CompilationUnit cu;
    private final List<String> lines;
    private final boolean test;
    private final boolean generated;
    private final TypeRefs refs;
    private final FactSink sink;
    private final BodyScanner bodies;

    FileAnalyzer(
            CompilationUnit cu,
            String file,
            String source,
            boolean test,
            boolean generated,
            ProjectIndex index,
            TypeSolver solver,
            boolean resolveCalls) {
        this.cu = cu;
        this.lines = source.lines().toList();
        this.test = test;
        this.generated = generated;
        this.refs = new TypeRefs(cu, index, solver);
        this.sink = new FactSink(file);
        this.bodies = new BodyScanner(refs, index, solver, sink, resolveCalls);
    }

    FileFacts analyze(String hash) {
        for (TypeDeclaration<?> type : cu.getTypes()) {
            type(type);
        }
        return sink.build(hash);
    }

    private void type(TypeDeclaration<?> td) {
        String name = refs.binaryOf(td);
        Set<String> annotations = annotations(td, name, "");
        Set<TypeFlag> flags = EnumSet.noneOf(TypeFlag.class);
        if (test) {
            flags.add(TypeFlag.TEST);
        }
        if (generated || Annotations.has(td, GENERATED)) {
            flags.add(TypeFlag.GENERATED);
        }
        boolean entity = Annotations.has(td, ENTITY);
        if (entity) {
            flags.add(TypeFlag.ENTITY);
        }
        if (td instanceof ClassOrInterfaceDeclaration c && c.isAbstract()) {
            flags.add(TypeFlag.ABSTRACT);
        }
        int line = line(td);
        sink.types.add(new TypeNode(
                name, kind(td), EnumSet.of(Origin.SOURCE), sink.at(line), linesOfCode(td), annotations, flags));
        supertypes(td, name);
        staticImports(td, name);
        if (entity) {
            JpaRules.entity(td, name, refs, sink);
        }
        JpaRules.repository(td, name, refs, sink);
        for (BodyDeclaration<?> member : td.getMembers()) {
            if (member instanceof TypeDeclaration<?> nested) {
                type(nested);
            } else if (member instanceof FieldDeclaration field) {
                field(td, name, field);
            } else if (member instanceof CallableDeclaration<?> callable) {
                callable(td, name, callable);
            } else if (member instanceof InitializerDeclaration init) {
                bodies.scan(td, name, init.isStatic() ? "void <clinit>()" : "void <init>()", init.getBody(), List.of());
            }
        }
        if (td instanceof EnumDeclaration e) {
            for (EnumConstantDeclaration constant : e.getEntries()) {
                bodies.scan(td, name, "void <clinit>()", constant, List.of());
            }
        }
        if (td instanceof RecordDeclaration r) {
            for (Parameter p : r.getParameters()) {
                typeUse(name, p.getType(), DependencyKind.FIELD_TYPE, line(p), p.getNameAsString());
                annotations(p, name, p.getNameAsString());
            }
        }
        EntryPointRules.forType(td, name, refs, sink);
    }

    private void supertypes(TypeDeclaration<?> td, String name) {
        List<ClassOrInterfaceType> extended = new ArrayList<>();
        List<ClassOrInterfaceType> implemented = new ArrayList<>();
        if (td instanceof ClassOrInterfaceDeclaration c) {
            (c.isInterface() ? implemented : extended).addAll(c.getExtendedTypes());
            implemented.addAll(c.getImplementedTypes());
            if (c.isInterface()) {
                // an interface extending interfaces: jQAssistant records IMPLEMENTS for those too
                implemented.clear();
                implemented.addAll(c.getImplementedTypes());
                extended.addAll(c.getExtendedTypes());
            }
        } else if (td instanceof EnumDeclaration e) {
            implemented.addAll(e.getImplementedTypes());
        } else if (td instanceof RecordDeclaration r) {
            implemented.addAll(r.getImplementedTypes());
        }
        for (ClassOrInterfaceType t : extended) {
            typeUse(name, t, DependencyKind.EXTENDS, line(t), "");
        }
        for (ClassOrInterfaceType t : implemented) {
            typeUse(name, t, DependencyKind.IMPLEMENTS, line(t), "");
        }
    }

    private void staticImports(TypeDeclaration<?> td, String name) {
        if (td.getParentNode().filter(p -> p instanceof CompilationUnit).isEmpty()) {
            return;
        }
        for (ImportDeclaration i : cu.getImports()) {
            if (!i.isStatic()) {
                continue;
            }
            String owner = i.isAsterisk()
                    ? i.getNameAsString()
                    : i.getNameAsString().substring(0, i.getNameAsString().lastIndexOf('.'));
            TypeRefs.Ref ref = refs.resolveName(owner, td, null);
            String member = i.isAsterisk() ? "" : i.getNameAsString().substring(owner.length() + 1);
            sink.dependency(name, ref.name(), DependencyKind.STATIC_IMPORT, line(i), "", member);
        }
    }

    private void field(TypeDeclaration<?> td, String name, FieldDeclaration field) {
        for (var v : field.getVariables()) {
            String member = refs.resolve(v.getType()).name() + " " + v.getNameAsString();
            typeUse(name, v.getType(), DependencyKind.FIELD_TYPE, line(v), member);
            annotations(field, name, member);
            v.getInitializer()
                    .ifPresent(init -> bodies.scan(
                            td, name, field.isStatic() ? "void <clinit>()" : "void <init>()", init, List.of()));
        }
    }

    private void callable(TypeDeclaration<?> td, String name, CallableDeclaration<?> callable) {
        String signature = Signatures.of(callable, refs);
        int line = line(callable);
        Set<String> annotations = annotations(callable, name, signature);
        sink.methods.add(new MethodNode(
                name,
                signature,
                callable.isConstructorDeclaration() ? "<init>" : callable.getNameAsString(),
                sink.at(line),
                annotations));
        if (callable instanceof MethodDeclaration m) {
            typeUse(name, m.getType(), DependencyKind.RETURN_TYPE, line, signature);
        }
        for (Parameter p : callable.getParameters()) {
            typeUse(name, p.getType(), DependencyKind.PARAMETER_TYPE, line(p), signature);
            annotations(p, name, signature);
        }
        for (var thrown : callable.getThrownExceptions()) {
            typeUse(name, thrown, DependencyKind.THROWS, line, signature);
        }
        Node body = callable instanceof MethodDeclaration m
                ? m.getBody().orElse(null)
                : ((com.github.javaparser.ast.body.ConstructorDeclaration) callable).getBody();
        if (body != null) {
            bodies.scan(td, name, signature, body, callable.getParameters());
        }
        EntryPointRules.forMethod(td, name, callable, signature, refs, sink);
    }

    /** A type used in a declaration: the raw type with {@code kind}, its generic arguments as TYPE_ARGUMENT. */
    void typeUse(String from, Type type, DependencyKind kind, int line, String member) {
        Type element = type.getElementType();
        if (!(element instanceof ClassOrInterfaceType c)) {
            return;
        }
        TypeRefs.Ref ref = refs.resolve(c);
        if (!ref.resolved()) {
            sink.unresolved(ref.name(), line);
        }
        sink.dependency(from, ref.name(), kind, line, member, "");
        c.getTypeArguments().ifPresent(args -> {
            for (Type arg : args) {
                typeArguments(from, arg, line, member);
            }
        });
    }

    private void typeArguments(String from, Type arg, int line, String member) {
        if (arg.isWildcardType()) {
            var w = arg.asWildcardType();
            w.getExtendedType().ifPresent(t -> typeArguments(from, t, line, member));
            w.getSuperType().ifPresent(t -> typeArguments(from, t, line, member));
            return;
        }
        Type element = arg.getElementType();
        if (element instanceof ClassOrInterfaceType c) {
            TypeRefs.Ref ref = refs.resolve(c);
            if (!ref.resolved()) {
                sink.unresolved(ref.name(), line);
            }
            sink.dependency(from, ref.name(), DependencyKind.TYPE_ARGUMENT, line, member, "");
            c.getTypeArguments().ifPresent(args -> args.forEach(a -> typeArguments(from, a, line, member)));
        }
    }

    private Set<String> annotations(NodeWithAnnotations<?> node, String owner, String member) {
        Set<String> names = new LinkedHashSet<>();
        for (AnnotationExpr a : node.getAnnotations()) {
            TypeRefs.Ref ref = refs.resolve(a);
            names.add(ref.name());
            sink.dependency(owner, ref.name(), DependencyKind.ANNOTATED_BY, line(a), member, "");
            if (!ref.resolved()) {
                sink.unresolved(ref.name(), line(a));
            }
        }
        return names;
    }

    private static TypeKind kind(TypeDeclaration<?> td) {
        if (td instanceof AnnotationDeclaration) {
            return TypeKind.ANNOTATION;
        }
        if (td instanceof EnumDeclaration) {
            return TypeKind.ENUM;
        }
        if (td instanceof RecordDeclaration) {
            return TypeKind.RECORD;
        }
        if (td instanceof ClassOrInterfaceDeclaration c && c.isInterface()) {
            return TypeKind.INTERFACE;
        }
        return TypeKind.CLASS;
    }

    /** Non-blank, non-comment lines of the type's own text (nested types counted in their outer type too). */
    private int linesOfCode(TypeDeclaration<?> td) {
        int begin = td.getBegin().map(p -> p.line).orElse(0);
        int end = td.getEnd().map(p -> p.line).orElse(0);
        int count = 0;
        boolean inComment = false;
        for (int i = Math.max(1, begin); i <= Math.min(end, lines.size()); i++) {
            String l = lines.get(i - 1).strip();
            if (inComment) {
                if (l.contains("*/")) {
                    inComment = false;
                    l = l.substring(l.indexOf("*/") + 2).strip();
                } else {
                    continue;
                }
            }
            if (l.startsWith("/*")) {
                if (!l.contains("*/")) {
                    inComment = true;
                }
                continue;
            }
            if (!l.isEmpty() && !l.startsWith("//")) {
                count++;
            }
        }
        return count;
    }

    static int line(Node n) {
        return n.getBegin().map(p -> p.line).orElse(0);
    }
}
