package dev.carve.analyzer.source;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayAccessExpr;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.CharLiteralExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.SuperExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithTypeParameters;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import com.github.javaparser.resolution.TypeSolver;
import com.github.javaparser.resolution.declarations.ResolvedConstructorDeclaration;
import com.github.javaparser.resolution.declarations.ResolvedMethodDeclaration;
import com.github.javaparser.resolution.model.SymbolReference;
import com.github.javaparser.symbolsolver.javaparsermodel.JavaParserFacade;
import dev.carve.analyzer.model.DependencyKind;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a member's body for calls, constructions, field reads and writes, lambdas, method references, class
 * literals, SQL strings and events. A call on a library type is recorded by method name without asking the symbol
 * solver (its exact overload does not matter for boundaries); a call on a project type, or on an expression whose
 * type is not obvious, is resolved by the solver for the exact callee signature. What the solver cannot resolve is
 * counted and kept at the precision known.
 */
final class BodyScanner {
    private final TypeRefs refs;
    private final ProjectIndex index;
    private final JavaParserFacade facade;
    private final FactSink sink;
    private final CodeRules rules;

    private TypeDeclaration<?> owner;
    private String type;
    private String member;
    private final Map<String, Type> locals = new HashMap<>();
    private final Map<MethodCallExpr, Optional<MemberLookup.Callee>> lookups = new IdentityHashMap<>();
    private final MemberLookup lookup;

    private final boolean resolveCalls;

    BodyScanner(TypeRefs refs, ProjectIndex index, TypeSolver solver, FactSink sink, boolean resolveCalls) {
        this.resolveCalls = resolveCalls;
        this.refs = refs;
        this.index = index;
        this.facade = JavaParserFacade.get(solver);
        this.sink = sink;
        this.rules = new CodeRules(sink);
        this.lookup = new MemberLookup(index, solver);
    }

    void scan(TypeDeclaration<?> owner, String type, String member, Node body, List<Parameter> parameters) {
        this.owner = owner;
        this.type = type;
        this.member = member;
        locals.clear();
        lookups.clear();
        parameters.forEach(p -> locals.put(p.getNameAsString(), p.getType()));
        for (VariableDeclarator v : body.findAll(VariableDeclarator.class)) {
            if (!v.getType().isVarType() && !(v.getParentNode().orElse(null) instanceof FieldDeclaration)) {
                locals.putIfAbsent(v.getNameAsString(), v.getType());
            }
        }
        for (Parameter p : body.findAll(Parameter.class)) {
            if (!p.getType().isUnknownType() && !p.getType().isVarType()) {
                locals.putIfAbsent(p.getNameAsString(), p.getType());
            }
        }
        walk(body);
    }

    private void walk(Node node) {
        if (node instanceof TypeDeclaration<?> && node != owner) {
            return; // local and member types are analyzed on their own
        }
        boolean descend = true;
        if (node instanceof MethodCallExpr call) {
            call(call);
        } else if (node instanceof ObjectCreationExpr creation) {
            creation(creation);
        } else if (node instanceof FieldAccessExpr access) {
            fieldAccess(access);
        } else if (node instanceof MethodReferenceExpr ref) {
            methodReference(ref);
        } else if (node instanceof ClassExpr classExpr) {
            typeUse(classExpr.getType(), DependencyKind.TYPE_ARGUMENT, line(classExpr));
        } else if (node instanceof CastExpr cast) {
            typeUse(cast.getType(), DependencyKind.TYPE_ARGUMENT, line(cast));
        } else if (node instanceof AnnotationExpr annotation) {
            TypeRefs.Ref ref = refs.resolve(annotation);
            sink.dependency(type, ref.name(), DependencyKind.ANNOTATED_BY, line(annotation), member, "");
        } else if (node instanceof BinaryExpr binary
                && binary.getOperator() == BinaryExpr.Operator.PLUS
                && !(node.getParentNode().orElse(null) instanceof BinaryExpr)) {
            descend = !rules.sqlLiteral(binary, owner, type, member, line(binary), enclosingCall(binary));
        } else if (node instanceof StringLiteralExpr || node instanceof TextBlockLiteralExpr) {
            rules.sqlLiteral((Expression) node, owner, type, member, line(node), enclosingCall(node));
        }
        if (descend) {
            for (Node child : node.getChildNodes()) {
                walk(child);
            }
        }
    }

    private static final Set<String> OBJECT_METHODS =
            Set.of("equals", "hashCode", "toString", "getClass", "wait", "notify", "notifyAll", "clone", "finalize");

    private void call(MethodCallExpr call) {
        String name = call.getNameAsString();
        int line = line(call);
        Optional<Expression> scope = call.getScope();
        TypeRefs.Ref scopeType = scope.isPresent() ? staticType(scope.get()) : null;
        if (scope.isEmpty()) {
            String owner = refs.staticImportOwner(name);
            if (owner != null) {
                scopeType = refs.resolveName(owner, call, null);
            }
        }
        String calleeType = null;
        String callee = null;
        if (scopeType != null && scopeType.name().endsWith("[]")) {
            calleeType = "java.lang.Object"; // clone() and Object's methods on an array
            callee = Signatures.unresolved(name, call.getArguments().size());
        } else if (scopeType != null && !scopeType.project()) {
            calleeType = scopeType.name();
            callee = Signatures.unresolved(name, call.getArguments().size());
            if (!scopeType.resolved()) {
                sink.unresolved(scopeType.name(), line);
            } else if (call.getArguments().stream().anyMatch(Expression::isLambdaExpr)) {
                // only calls that take lambdas pay for resolution: it names the functional interface
                solve(call).ifPresent(m -> lambdaTargets(call, m, line));
            }
        } else {
            Optional<MemberLookup.Callee> declared = lookupCall(call);
            if (declared.isPresent()) {
                calleeType = declared.get().type();
                callee = declared.get().signature();
            } else if (scopeType != null && OBJECT_METHODS.contains(name)) {
                calleeType = "java.lang.Object";
                callee = Signatures.unresolved(name, call.getArguments().size());
            } else {
                Optional<ResolvedMethodDeclaration> resolved = solve(call);
                if (resolved.isPresent()) {
                    calleeType = Signatures.binaryName(resolved.get().declaringType());
                    callee = Signatures.of(resolved.get());
                    lambdaTargets(call, resolved.get(), line);
                } else if (scopeType != null) {
                    calleeType = scopeType.name();
                    callee = Signatures.unresolved(name, call.getArguments().size());
                    sink.unresolved(scopeType.name() + "." + callee, line);
                } else {
                    sink.unresolved(call.toString().length() > 80 ? name + "(...)" : call.toString(), line);
                }
            }
        }
        if (calleeType != null) {
            sink.dependency(type, calleeType, DependencyKind.INVOKES, line, member, callee);
            rules.call(call, calleeType, type, member, owner, line, this::argumentType);
        }
    }

    /** The callee by declaration lookup (memoized: chained calls ask for their scope's callee first). */
    private Optional<MemberLookup.Callee> lookupCall(MethodCallExpr call) {
        Optional<MemberLookup.Callee> known = lookups.get(call);
        if (known != null) {
            return known;
        }
        Optional<MemberLookup.Callee> result = Optional.empty();
        String name = call.getNameAsString();
        int arguments = call.getArguments().size();
        if (call.getScope().isPresent()) {
            TypeRefs.Ref scopeType = staticType(call.getScope().get());
            if (scopeType != null && scopeType.project()) {
                result = lookup.method(scopeType.name(), name, argumentTypes(call));
            }
        } else if (refs.staticImportOwner(name) == null) {
            for (Node n = owner;
                    n != null && result.isEmpty();
                    n = n.getParentNode().orElse(null)) {
                if (n instanceof TypeDeclaration<?> td) {
                    result = lookup.method(refs.binaryOf(td), name, argumentTypes(call));
                    if (result.isEmpty() && !td.getMethodsByName(name).isEmpty()) {
                        break; // declared here but ambiguous: the solver decides
                    }
                }
            }
        }
        lookups.put(call, result);
        return result;
    }

    /** Statically known argument types (null where unknown), for choosing among overloads. */
    private List<String> argumentTypes(MethodCallExpr call) {
        List<String> types = new java.util.ArrayList<>();
        for (Expression arg : call.getArguments()) {
            types.add(literalType(arg));
        }
        return types;
    }

    private String literalType(Expression arg) {
        if (arg instanceof IntegerLiteralExpr) {
            return "int";
        }
        if (arg instanceof LongLiteralExpr) {
            return "long";
        }
        if (arg instanceof DoubleLiteralExpr d) {
            return d.getValue().endsWith("f") || d.getValue().endsWith("F") ? "float" : "double";
        }
        if (arg instanceof BooleanLiteralExpr) {
            return "boolean";
        }
        if (arg instanceof CharLiteralExpr) {
            return "char";
        }
        if (arg instanceof NullLiteralExpr || arg instanceof LambdaExpr || arg instanceof MethodReferenceExpr) {
            return null;
        }
        if (arg instanceof NameExpr
                || arg instanceof FieldAccessExpr
                || arg instanceof StringLiteralExpr
                || arg instanceof ObjectCreationExpr
                || arg instanceof CastExpr
                || arg instanceof ArrayAccessExpr) {
            TypeRefs.Ref ref = staticType(arg);
            return ref == null ? null : ref.name();
        }
        return null;
    }

    /** The declared return type of a call found by lookup, unless it is a type variable. */
    private TypeRefs.Ref returnType(MethodCallExpr call) {
        Optional<MemberLookup.Callee> callee = lookupCall(call);
        if (callee.isEmpty() || !(callee.get().declaration() instanceof MethodDeclaration m)) {
            return null;
        }
        if (m.getType().getElementType() instanceof ClassOrInterfaceType c) {
            String written = c.getNameAsString();
            boolean typeVariable = m.getTypeParameters().stream()
                            .anyMatch(p -> p.getNameAsString().equals(written))
                    || m.getParentNode()
                            .filter(td -> td instanceof NodeWithTypeParameters<?> withParams
                                    && withParams.getTypeParameters().stream()
                                            .anyMatch(p -> p.getNameAsString().equals(written)))
                            .isPresent();
            if (typeVariable) {
                return null;
            }
        }
        return callee.get().refs().resolve(m.getType());
    }

    private Optional<ResolvedMethodDeclaration> solve(MethodCallExpr call) {
        if (!resolveCalls) {
            return Optional.empty();
        }
        try {
            SymbolReference<ResolvedMethodDeclaration> ref = facade.solve(call);
            return ref.isSolved() ? Optional.of(ref.getCorrespondingDeclaration()) : Optional.empty();
        } catch (RuntimeException | StackOverflowError e) {
            return Optional.empty();
        }
    }

    /** Lambdas passed to a resolved call: a dependency on the functional interface they implement. */
    private void lambdaTargets(MethodCallExpr call, ResolvedMethodDeclaration method, int line) {
        for (int i = 0; i < call.getArguments().size(); i++) {
            if (call.getArgument(i) instanceof LambdaExpr && i < method.getNumberOfParams()) {
                String target = Signatures.erasure(method.getParam(i).getType());
                sink.dependency(type, target, DependencyKind.METHOD_REFERENCE, line, member, "lambda");
            }
        }
    }

    private void creation(ObjectCreationExpr creation) {
        int line = line(creation);
        TypeRefs.Ref created = refs.resolve(creation.getType());
        if (!created.resolved()) {
            sink.unresolved(created.name(), line);
        }
        String constructor =
                Signatures.unresolved("<init>", creation.getArguments().size());
        Optional<MemberLookup.Callee> declared = created.project()
                ? lookup.constructor(created.name(), creation.getArguments().size())
                : Optional.empty();
        if (declared.isPresent()) {
            constructor = declared.get().signature();
        } else if (created.project() && resolveCalls) {
            try {
                SymbolReference<ResolvedConstructorDeclaration> ref = facade.solve(creation);
                if (ref.isSolved()) {
                    constructor = Signatures.of(ref.getCorrespondingDeclaration());
                }
            } catch (RuntimeException | StackOverflowError e) {
                sink.unresolved(created.name() + ".<init>", line);
            }
        }
        sink.dependency(
                type,
                created.name(),
                DependencyKind.CONSTRUCTS,
                line,
                member,
                "void " + constructor.replaceFirst("^void ", ""));
        creation.getType()
                .getTypeArguments()
                .ifPresent(args -> args.forEach(a -> typeUse(a, DependencyKind.TYPE_ARGUMENT, line)));
    }

    private void fieldAccess(FieldAccessExpr access) {
        TypeRefs.Ref scopeType = staticType(access.getScope());
        if (scopeType == null || !scopeType.project() || scopeType.name().equals(type)) {
            return;
        }
        String field = access.getNameAsString();
        if (!declaresField(scopeType.name(), field)) {
            return;
        }
        boolean write = access.getParentNode().orElse(null) instanceof AssignExpr assign && assign.getTarget() == access
                || access.getParentNode().orElse(null) instanceof UnaryExpr;
        sink.dependency(
                type,
                scopeType.name(),
                write ? DependencyKind.WRITES_FIELD : DependencyKind.READS_FIELD,
                line(access),
                member,
                field);
    }

    private boolean declaresField(String binary, String field) {
        return index.declaration(binary.replace('$', '.'))
                .map(td -> td.getFieldByName(field).isPresent()
                        || (td.isEnumDeclaration()
                                && td.asEnumDeclaration().getEntries().stream()
                                        .anyMatch(e -> e.getNameAsString().equals(field))))
                .orElse(false);
    }

    private void methodReference(MethodReferenceExpr ref) {
        Expression scope = ref.getScope();
        TypeRefs.Ref target = scope instanceof TypeExpr t ? refs.resolve(t.getType()) : staticType(scope);
        if (target == null) {
            sink.unresolved(ref.toString(), line(ref));
            return;
        }
        sink.dependency(type, target.name(), DependencyKind.METHOD_REFERENCE, line(ref), member, ref.getIdentifier());
    }

    private void typeUse(Type t, DependencyKind kind, int line) {
        if (t.getElementType() instanceof ClassOrInterfaceType c) {
            TypeRefs.Ref ref = refs.resolve(c);
            if (!ref.resolved()) {
                sink.unresolved(ref.name(), line);
            }
            sink.dependency(type, ref.name(), kind, line, member, "");
        }
    }

    /** The static type of an expression when it is obvious from declarations; null when the solver must decide. */
    TypeRefs.Ref staticType(Expression e) {
        if (e instanceof EnclosedExpr enclosed) {
            return staticType(enclosed.getInner());
        }
        if (e instanceof NameExpr n) {
            String name = n.getNameAsString();
            Type local = locals.get(name);
            if (local != null) {
                return refs.resolve(local);
            }
            Type field = fieldType(name);
            if (field != null) {
                return refs.resolve(field);
            }
            if (Character.isUpperCase(name.charAt(0))) {
                TypeRefs.Ref ref = refs.resolveName(name, e, null);
                if (ref.resolved()) {
                    return ref;
                }
            }
            return lookup.inheritedField(type, name).orElse(null);
        }
        if (e instanceof ArrayAccessExpr array) {
            TypeRefs.Ref ref = staticType(array.getName());
            return ref == null || !ref.name().endsWith("[]")
                    ? null
                    : new TypeRefs.Ref(ref.name().substring(0, ref.name().length() - 2), ref.resolved(), ref.project());
        }
        if (e instanceof CastExpr cast) {
            return refs.resolve(cast.getType());
        }
        if (e instanceof SuperExpr sup
                && sup.getTypeName().isEmpty()
                && owner instanceof ClassOrInterfaceDeclaration c
                && !c.isInterface()) {
            return c.getExtendedTypes().isEmpty()
                    ? new TypeRefs.Ref("java.lang.Object", true, false)
                    : refs.resolve(c.getExtendedTypes().get(0));
        }
        if (e instanceof ThisExpr t && t.getTypeName().isEmpty()) {
            return new TypeRefs.Ref(type, true, true);
        }
        if (e instanceof FieldAccessExpr f) {
            if (f.getScope() instanceof ThisExpr) {
                Type field = fieldType(f.getNameAsString());
                return field == null ? null : refs.resolve(field);
            }
            String text = f.toString();
            if (Character.isUpperCase(f.getNameAsString().charAt(0)) && looksQualified(text)) {
                TypeRefs.Ref ref = refs.resolveName(text, e, null);
                if (ref.resolved()) {
                    return ref;
                }
            }
            TypeRefs.Ref scopeType = staticType(f.getScope());
            if (scopeType != null && scopeType.project() && !scopeType.name().endsWith("[]")) {
                return lookup.field(scopeType.name(), f.getNameAsString()).orElse(null);
            }
            return null;
        }
        if (e instanceof ObjectCreationExpr c) {
            return refs.resolve(c.getType());
        }
        if (e instanceof MethodCallExpr call) {
            return returnType(call);
        }
        if (e instanceof StringLiteralExpr || e instanceof TextBlockLiteralExpr) {
            return new TypeRefs.Ref("java.lang.String", true, false);
        }
        if (e instanceof TypeExpr t) {
            return refs.resolve(t.getType());
        }
        return null;
    }

    /** The type of a call argument when obvious, or via the solver; used for event payloads. */
    String argumentType(Expression e) {
        if (e instanceof ClassExpr c) {
            return refs.resolve(c.getType()).name();
        }
        TypeRefs.Ref ref = staticType(e);
        if (ref != null) {
            return ref.name();
        }
        try {
            return Signatures.erasure(facade.getType(e));
        } catch (RuntimeException | StackOverflowError ex) {
            return null;
        }
    }

    private static boolean looksQualified(String text) {
        for (String part : text.split("\\.")) {
            if (part.isEmpty() || !Character.isJavaIdentifierStart(part.charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private Type fieldType(String name) {
        for (Node n = owner; n != null; n = n.getParentNode().orElse(null)) {
            if (n instanceof TypeDeclaration<?> td) {
                Optional<FieldDeclaration> field = td.getFieldByName(name);
                if (field.isPresent()) {
                    for (VariableDeclarator v : field.get().getVariables()) {
                        if (v.getNameAsString().equals(name)) {
                            return v.getType();
                        }
                    }
                }
                if (td.isRecordDeclaration()) {
                    for (Parameter p : td.asRecordDeclaration().getParameters()) {
                        if (p.getNameAsString().equals(name)) {
                            return p.getType();
                        }
                    }
                }
            }
        }
        return null;
    }

    private static MethodCallExpr enclosingCall(Node node) {
        Node n = node.getParentNode().orElse(null);
        while (n instanceof BinaryExpr || n instanceof EnclosedExpr) {
            n = n.getParentNode().orElse(null);
        }
        return n instanceof MethodCallExpr call ? call : null;
    }

    private static int line(Node n) {
        return FileAnalyzer.line(n);
    }
}
