package dev.carve.analyzer.source;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.EnumDeclaration;
import com.github.javaparser.ast.body.RecordDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.resolution.TypeSolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the method or constructor a call means by looking at the project's own declarations: by name and argument
 * count in the receiver type and its project supertypes. When exactly one candidate fits, that is the callee and the
 * symbol solver is not needed; when none or several fit (overloads, inherited library methods) the caller asks the
 * solver. One instance per worker thread.
 */
final class MemberLookup {
    /** A callee found by declaration. */
    record Callee(String type, String signature, CallableDeclaration<?> declaration, TypeRefs refs) {}

    private final ProjectIndex index;
    private final TypeSolver solver;
    private final Map<CompilationUnit, TypeRefs> refsByUnit = new IdentityHashMap<>();

    MemberLookup(ProjectIndex index, TypeSolver solver) {
        this.index = index;
        this.solver = solver;
    }

    /**
     * The unique method of {@code binaryType} (or its project supertypes) with this name that fits the arguments:
     * by count, then by the argument types known statically ({@code null} entries are unknown and fit anything).
     */
    Optional<Callee> method(String binaryType, String name, List<String> argumentTypes) {
        List<Callee> found = new ArrayList<>();
        collect(binaryType, name, argumentTypes.size(), found, new HashSet<>(), false);
        if (found.size() == 1) {
            return Optional.ofNullable(found.get(0));
        }
        if (found.contains(null) || found.isEmpty()) {
            return Optional.empty();
        }
        List<Callee> fitting = found.stream()
                .filter(c -> c.declaration() == null || accepts(c.declaration(), c.refs(), argumentTypes))
                .toList();
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    Optional<Callee> method(String binaryType, String name, int arguments) {
        return method(binaryType, name, java.util.Collections.nCopies(arguments, null));
    }

    private static final Set<String> PRIMITIVES =
            Set.of("int", "long", "double", "float", "boolean", "char", "short", "byte");

    /** False only when a known argument type certainly cannot be passed to the parameter. */
    private boolean accepts(CallableDeclaration<?> c, TypeRefs refs, List<String> argumentTypes) {
        int params = c.getParameters().size();
        for (int i = 0; i < argumentTypes.size() && i < params; i++) {
            String arg = argumentTypes.get(i);
            var p = c.getParameter(i);
            if (arg == null || (p.isVarArgs() && i == params - 1)) {
                continue;
            }
            String param = refs.resolve(p.getType()).name();
            if (!compatible(arg, param)) {
                return false;
            }
        }
        return true;
    }

    private boolean compatible(String arg, String param) {
        if (arg.equals(param) || param.equals("java.lang.Object")) {
            return true;
        }
        if (isProject(arg) && isProject(param)) {
            return isSubtype(arg, param, new HashSet<>());
        }
        boolean argPrimitive = PRIMITIVES.contains(arg);
        boolean paramPrimitive = PRIMITIVES.contains(param);
        if (argPrimitive && paramPrimitive) {
            return widens(arg, param);
        }
        if (argPrimitive || paramPrimitive) {
            return param.startsWith("java.lang.") || arg.startsWith("java.lang."); // boxing
        }
        if (arg.endsWith("[]") != param.endsWith("[]")) {
            return false;
        }
        if (arg.equals("java.lang.String")) {
            return param.startsWith("java.lang.") || param.startsWith("java.io.") || !param.contains(".");
        }
        return true; // a reference type may be a subtype: only the solver knows
    }

    private boolean isProject(String binary) {
        return !binary.endsWith("[]") && index.contains(binary.replace('$', '.'));
    }

    /** Whether a project type extends or implements another, through project declarations only. */
    private boolean isSubtype(String type, String supertype, Set<String> seen) {
        if (type.equals(supertype)) {
            return true;
        }
        if (!seen.add(type)) {
            return false;
        }
        Optional<TypeDeclaration<?>> td = index.declaration(type.replace('$', '.'));
        if (td.isEmpty()) {
            return false;
        }
        TypeRefs refs = refsOf(td.get());
        for (ClassOrInterfaceType parent : supertypes(td.get())) {
            if (isSubtype(refs.resolve(parent).name(), supertype, seen)) {
                return true;
            }
        }
        return false;
    }

    private static boolean widens(String from, String to) {
        String order = "byte short char int long float double";
        return switch (from) {
            case "byte", "short", "char", "int", "long", "float" ->
                order.indexOf(to) > order.indexOf(from)
                        && !to.equals("char")
                        && !(from.equals("char") && to.equals("short"));
            default -> false;
        };
    }

    /** The type of a field of a project type (declared there or in its project supertypes). */
    Optional<TypeRefs.Ref> field(String binaryType, String name) {
        return field(binaryType, name, new HashSet<>());
    }

    /** A field the current type inherits from a project supertype. */
    Optional<TypeRefs.Ref> inheritedField(String binaryType, String name) {
        Optional<TypeDeclaration<?>> td = index.declaration(binaryType.replace('$', '.'));
        if (td.isEmpty()) {
            return Optional.empty();
        }
        TypeRefs refs = refsOf(td.get());
        Set<String> seen = new HashSet<>(Set.of(binaryType));
        for (ClassOrInterfaceType parent : supertypes(td.get())) {
            Optional<TypeRefs.Ref> f = field(refs.resolve(parent).name(), name, seen);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    private Optional<TypeRefs.Ref> field(String binaryType, String name, Set<String> seen) {
        if (!seen.add(binaryType)) {
            return Optional.empty();
        }
        Optional<TypeDeclaration<?>> td = index.declaration(binaryType.replace('$', '.'));
        if (td.isEmpty()) {
            return Optional.empty();
        }
        TypeRefs refs = refsOf(td.get());
        var field = td.get().getFieldByName(name);
        if (field.isPresent()) {
            for (var v : field.get().getVariables()) {
                if (v.getNameAsString().equals(name)) {
                    return Optional.of(refs.resolve(v.getType()));
                }
            }
        }
        for (ClassOrInterfaceType parent : supertypes(td.get())) {
            Optional<TypeRefs.Ref> f = field(refs.resolve(parent).name(), name, seen);
            if (f.isPresent()) {
                return f;
            }
        }
        return Optional.empty();
    }

    /** The unique constructor of a project type with this many arguments (the default one if none declared). */
    Optional<Callee> constructor(String binaryType, int arguments) {
        Optional<TypeDeclaration<?>> td = index.declaration(binaryType.replace('$', '.'));
        if (td.isEmpty()) {
            return Optional.empty();
        }
        TypeRefs refs = refsOf(td.get());
        List<Callee> found = new ArrayList<>();
        for (var c : td.get().getConstructors()) {
            if (fits(c, arguments)) {
                found.add(new Callee(binaryType, Signatures.of(c, refs), c, refs));
            }
        }
        if (found.isEmpty()
                && td.get() instanceof RecordDeclaration r
                && r.getParameters().size() == arguments) {
            // the canonical constructor a record declares implicitly
            StringBuilder params = new StringBuilder();
            r.getParameters()
                    .forEach(p -> params.append(params.isEmpty() ? "" : ",")
                            .append(refs.resolve(p.getType()).name()));
            return Optional.of(new Callee(binaryType, "void <init>(" + params + ")", null, refs));
        }
        if (found.isEmpty() && td.get().getConstructors().isEmpty() && arguments == 0) {
            return Optional.of(new Callee(binaryType, "void <init>()", null, refs));
        }
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private void collect(
            String binaryType, String name, int arguments, List<Callee> found, Set<String> seen, boolean inherited) {
        if (!seen.add(binaryType) || found.size() > 1) {
            return;
        }
        Optional<TypeDeclaration<?>> td = index.declaration(binaryType.replace('$', '.'));
        if (td.isEmpty()) {
            // a library supertype may declare it: only the solver knows
            if (inherited) {
                found.add(null);
                found.add(null);
            }
            return;
        }
        TypeRefs refs = refsOf(td.get());
        for (var m : td.get().getMethodsByName(name)) {
            if (fits(m, arguments)) {
                found.add(new Callee(binaryType, Signatures.of(m, refs), m, refs));
            }
        }
        if (!found.isEmpty()) {
            return;
        }
        for (ClassOrInterfaceType parent : supertypes(td.get())) {
            TypeRefs.Ref ref = refs.resolve(parent);
            if (ref.name().equals("java.lang.Object")) {
                continue;
            }
            collect(ref.name(), name, arguments, found, seen, true);
        }
        if (td.get() instanceof EnumDeclaration || td.get() instanceof RecordDeclaration) {
            found.add(null); // values(), valueOf(), accessors: implicit members
            found.add(null);
        }
    }

    private static List<ClassOrInterfaceType> supertypes(TypeDeclaration<?> td) {
        List<ClassOrInterfaceType> all = new ArrayList<>();
        if (td instanceof ClassOrInterfaceDeclaration c) {
            all.addAll(c.getExtendedTypes());
            all.addAll(c.getImplementedTypes());
        } else if (td instanceof EnumDeclaration e) {
            all.addAll(e.getImplementedTypes());
        } else if (td instanceof RecordDeclaration r) {
            all.addAll(r.getImplementedTypes());
        }
        return all;
    }

    private static boolean fits(CallableDeclaration<?> c, int arguments) {
        int params = c.getParameters().size();
        boolean varargs = params > 0 && c.getParameter(params - 1).isVarArgs();
        return varargs ? arguments >= params - 1 : arguments == params;
    }

    TypeRefs refsOf(TypeDeclaration<?> td) {
        CompilationUnit cu = td.findCompilationUnit().orElse(null);
        if (cu == null) {
            return null;
        }
        return refsByUnit.computeIfAbsent(cu, u -> new TypeRefs(u, index, solver));
    }
}
