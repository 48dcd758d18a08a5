package dev.carve.extractor.service;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.ImportDeclaration;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.Type;
import dev.carve.extractor.code.References;
import dev.carve.extractor.code.SourceFile;
import dev.carve.extractor.code.SourceTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the calls that cross the boundary into a module, in the monolith's production sources: method calls on a
 * field, parameter or local variable whose type is one of the module's Spring beans ({@code @Service},
 * {@code @Component}), made from a class outside the module. Those become the seam. What cannot (static calls into
 * module classes, calls on the module's entities or DTOs, signatures that do not map to JSON, a bean variable used
 * other than for calls) is listed for a human. Resolution is by imports and packages, without a symbol solver.
 */
final class SeamCalls {
    private static final Set<String> BEAN_ANNOTATIONS = Set.of("Service", "Component");
    private static final Set<String> UNMAPPABLE = Set.of(
            "Stream",
            "InputStream",
            "OutputStream",
            "Reader",
            "Writer",
            "Supplier",
            "Function",
            "Consumer",
            "BiFunction",
            "Predicate",
            "Runnable",
            "Callable",
            "Pageable",
            "Page",
            "Slice",
            "Object",
            "HttpServletRequest",
            "HttpServletResponse",
            "CompletableFuture",
            "Future",
            "Iterator");

    /** A parameter of a seam method, as written in the member class. */
    record Param(String type, String name) {}

    /** One method of a member class that code outside the module calls. */
    record Method(String name, String returnType, List<Param> params, Set<String> imports, List<String> callSites) {
        boolean returnsVoid() {
            return returnType.equals("void");
        }
    }

    /** A member bean called across the boundary, with the files whose variables of its type become the seam's. */
    record Crossing(String memberClass, List<Method> methods, List<SourceFile> callers) {
        String simpleName() {
            return References.simpleName(memberClass);
        }
    }

    /** The crossings found, and the to-do entries for what could not become part of the seam. */
    record Found(List<Crossing> crossings, List<ServiceResult.TodoEntry> todo) {}

    private final SourceTree tree;
    private final Set<String> members;
    private final Set<String> entities = new LinkedHashSet<>();

    SeamCalls(SourceTree tree, Set<String> members) {
        this.tree = tree;
        this.members = members;
        for (SourceFile file : tree.files()) {
            for (TypeDeclaration<?> type : file.unit().getTypes()) {
                if (type.getAnnotationByName("Entity").isPresent()) {
                    entities.add(qualified(file, type.getNameAsString()));
                }
            }
        }
    }

    Found find() {
        Map<String, Map<String, List<String>>> calls = new LinkedHashMap<>(); // member -> method -> call sites
        Map<String, List<SourceFile>> callers = new LinkedHashMap<>();
        Map<String, String> unsafe = new LinkedHashMap<>(); // caller file -> why it cannot be rewritten
        List<ServiceResult.TodoEntry> todo = new ArrayList<>();
        for (SourceFile file : tree.files()) {
            if (!file.main() || file.typeNames().stream().anyMatch(members::contains)) {
                continue;
            }
            Map<String, String> variables = beanVariables(file); // name -> member bean
            for (MethodCallExpr call : file.unit().findAll(MethodCallExpr.class)) {
                Optional<String> variable = variableOf(call);
                String site = file.path() + ":" + line(call);
                if (variable.isPresent() && variables.containsKey(variable.get())) {
                    String member = variables.get(variable.get());
                    calls.computeIfAbsent(member, m -> new LinkedHashMap<>())
                            .computeIfAbsent(
                                    call.getNameAsString() + "/"
                                            + call.getArguments().size(),
                                    k -> new ArrayList<>())
                            .add(site);
                    List<SourceFile> list = callers.computeIfAbsent(member, m -> new ArrayList<>());
                    if (!list.contains(file)) {
                        list.add(file);
                    }
                } else if (call.getScope().orElse(null) instanceof NameExpr scope
                        && Character.isUpperCase(scope.getNameAsString().charAt(0))) {
                    resolve(file, scope.getNameAsString())
                            .filter(members::contains)
                            .ifPresent(type -> todo.add(new ServiceResult.TodoEntry(
                                    "static-call",
                                    site,
                                    References.simpleName(type) + "." + call.getNameAsString() + "(..) from "
                                            + simple(file),
                                    "a static call cannot go over HTTP; it stays in-process (the monolith keeps"
                                            + " the class). Move the function to a shared library, or give the"
                                            + " service an API for it")));
                }
            }
            for (Map.Entry<String, String> entry : variables.entrySet()) {
                String misuse = misuse(file, entry.getKey());
                if (misuse != null) {
                    unsafe.put(file.path() + "#" + entry.getValue(), misuse);
                }
            }
            entityUses(file, todo);
        }
        List<Crossing> crossings = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> entry : calls.entrySet()) {
            String member = entry.getKey();
            List<Method> methods = new ArrayList<>();
            List<String> problems = new ArrayList<>();
            for (Map.Entry<String, List<String>> call : entry.getValue().entrySet()) {
                String[] nameAndArity = call.getKey().split("/");
                resolveMethod(member, nameAndArity[0], Integer.parseInt(nameAndArity[1]), call.getValue(), problems)
                        .ifPresent(methods::add);
            }
            List<SourceFile> files = new ArrayList<>();
            for (SourceFile caller : callers.get(member)) {
                String why = unsafe.get(caller.path() + "#" + member);
                if (why != null) {
                    todo.add(new ServiceResult.TodoEntry(
                            "kept-direct",
                            caller.path().toString(),
                            simple(caller) + " keeps calling " + References.simpleName(member) + " in-process: " + why,
                            "change it to use " + References.simpleName(member) + "Seam, then it follows the"
                                    + " switch"));
                } else {
                    files.add(caller);
                }
            }
            if (!problems.isEmpty()) {
                problems.forEach(p -> todo.add(new ServiceResult.TodoEntry(
                        "unmappable",
                        p.substring(0, p.indexOf(' ')),
                        p.substring(p.indexOf(' ') + 1),
                        "callers of " + References.simpleName(member) + " keep calling it in-process; give the"
                                + " method a signature of values (ids, DTOs) that maps to JSON")));
                continue;
            }
            methods.sort(java.util.Comparator.comparing(Method::name));
            crossings.add(new Crossing(member, methods, files));
        }
        return new Found(crossings, todo);
    }

    /** Fields, parameters and local variables of the file typed by one of the module's beans. */
    private Map<String, String> beanVariables(SourceFile file) {
        Map<String, String> variables = new HashMap<>();
        for (VariableDeclarator variable : file.unit().findAll(VariableDeclarator.class)) {
            beanType(file, variable.getType()).ifPresent(t -> variables.put(variable.getNameAsString(), t));
        }
        for (Parameter parameter : file.unit().findAll(Parameter.class)) {
            beanType(file, parameter.getType()).ifPresent(t -> variables.put(parameter.getNameAsString(), t));
        }
        return variables;
    }

    Optional<String> beanType(SourceFile file, Type type) {
        if (!(type instanceof ClassOrInterfaceType named)
                || named.getTypeArguments().isPresent()) {
            return Optional.empty();
        }
        return resolve(file, named.getNameWithScope()).filter(members::contains).filter(this::isBean);
    }

    boolean isBean(String type) {
        return tree.fileOf(type)
                .flatMap(f -> f.unit().getTypes().stream()
                        .filter(t -> qualified(f, t.getNameAsString()).equals(type))
                        .findFirst())
                .map(t -> t.getAnnotations().stream()
                        .anyMatch(a -> BEAN_ANNOTATIONS.contains(References.simpleName(a.getNameAsString()))))
                .orElse(false);
    }

    /** {@code x.m()} or {@code this.x.m()}: the variable {@code x}. */
    private static Optional<String> variableOf(MethodCallExpr call) {
        Node scope = call.getScope().orElse(null);
        if (scope instanceof NameExpr name) {
            return Optional.of(name.getNameAsString());
        }
        if (scope instanceof FieldAccessExpr access && access.getScope() instanceof ThisExpr) {
            return Optional.of(access.getNameAsString());
        }
        return Optional.empty();
    }

    /** Why the variable cannot simply change its type: it is used other than as the target of a call. */
    private static String misuse(SourceFile file, String variable) {
        for (NameExpr name : file.unit().findAll(NameExpr.class)) {
            if (!name.getNameAsString().equals(variable)) {
                continue;
            }
            Node parent = name.getParentNode().orElse(null);
            boolean callTarget = parent instanceof MethodCallExpr call
                    && call.getScope().filter(s -> s == name).isPresent();
            boolean constructorAssignment = parent instanceof AssignExpr assign
                    && assign.getValue() == name
                    && assign.getTarget() instanceof FieldAccessExpr target
                    && target.getNameAsString().equals(variable);
            if (!callTarget && !constructorAssignment) {
                return "'" + variable + "' is passed on or stored at line " + line(name);
            }
        }
        return null;
    }

    /** Calls on the module's entities from outside: shared-entity items (a seam cannot carry a managed entity). */
    private void entityUses(SourceFile file, List<ServiceResult.TodoEntry> todo) {
        Set<String> seen = new TreeSet<>();
        for (ClassOrInterfaceType type : file.unit().findAll(ClassOrInterfaceType.class)) {
            resolve(file, type.getNameWithScope())
                    .filter(members::contains)
                    .filter(entities::contains)
                    .filter(seen::add)
                    .ifPresent(entity -> todo.add(new ServiceResult.TodoEntry(
                            "shared-entity",
                            file.path() + ":" + line(type),
                            simple(file) + " uses the module's entity " + References.simpleName(entity),
                            "the service owns the entity's table now; read it through the service's API (a DTO)"
                                    + " instead, or keep a read model synced by carve sync")));
        }
    }

    private Optional<Method> resolveMethod(
            String member, String name, int arity, List<String> sites, List<String> problems) {
        SourceFile file = tree.fileOf(member).orElseThrow();
        ClassOrInterfaceDeclaration type = file.unit().findAll(ClassOrInterfaceDeclaration.class).stream()
                .filter(t -> qualified(file, t.getNameAsString()).equals(member))
                .findFirst()
                .orElseThrow();
        List<MethodDeclaration> candidates = type.getMethodsByName(name).stream()
                .filter(m -> m.getParameters().size() == arity)
                .filter(m -> m.hasModifier(Modifier.Keyword.PUBLIC) && !m.isStatic())
                .toList();
        String where = sites.get(0) + " ";
        if (candidates.size() != 1) {
            problems.add(where + References.simpleName(member) + "." + name + " with " + arity + " argument(s) is "
                    + (candidates.isEmpty() ? "not a public instance method" : "overloaded") + " in " + file.path());
            return Optional.empty();
        }
        MethodDeclaration method = candidates.get(0);
        Set<String> imports = new TreeSet<>();
        List<String> unmappable = new ArrayList<>();
        check(file, method.getType(), imports, unmappable);
        List<Param> params = new ArrayList<>();
        for (Parameter parameter : method.getParameters()) {
            if (parameter.isVarArgs()) {
                unmappable.add("varargs " + parameter.getNameAsString());
            }
            check(file, parameter.getType(), imports, unmappable);
            params.add(new Param(parameter.getType().toString(), parameter.getNameAsString()));
        }
        if (!unmappable.isEmpty()) {
            problems.add(where + References.simpleName(member) + "." + method.getDeclarationAsString(false, false)
                    + " does not map to JSON: " + String.join(", ", unmappable));
            return Optional.empty();
        }
        return Optional.of(new Method(name, method.getType().toString(), params, imports, sites));
    }

    /** Collects the imports a type needs and the reasons it cannot travel as JSON. */
    private void check(SourceFile file, Type type, Set<String> imports, List<String> unmappable) {
        for (ClassOrInterfaceType named : type.findAll(ClassOrInterfaceType.class)) {
            String simple = named.getNameAsString();
            if (UNMAPPABLE.contains(simple)) {
                unmappable.add(simple);
            }
            if (named.getScope().isPresent()) {
                continue; // written qualified; needs no import
            }
            Optional<String> resolved = resolve(file, simple);
            if (resolved.isPresent()) {
                String qualified = resolved.get();
                if (entities.contains(qualified)) {
                    unmappable.add("the entity " + simple);
                } else if (isAbstract(qualified)) {
                    unmappable.add("the interface or abstract class " + simple);
                }
                if (!qualified.startsWith("java.lang.") || qualified.lastIndexOf('.') > "java.lang".length()) {
                    imports.add(qualified);
                }
            } else if (!isJavaLang(simple)) {
                importOf(file, simple).ifPresent(imports::add);
            }
        }
    }

    private boolean isAbstract(String type) {
        return tree.fileOf(type)
                .flatMap(f -> f.unit().findAll(ClassOrInterfaceDeclaration.class).stream()
                        .filter(t -> qualified(f, t.getNameAsString()).equals(type))
                        .findFirst())
                .map(t -> t.isInterface() || t.isAbstract())
                .orElse(false);
    }

    /** A simple or dotted name as written in the file, resolved against the application's types. */
    Optional<String> resolve(SourceFile file, String name) {
        if (tree.contains(name)) {
            return Optional.of(name);
        }
        String first = name.contains(".") ? name.substring(0, name.indexOf('.')) : name;
        String rest = name.contains(".") ? name.substring(name.indexOf('.')) : "";
        for (ImportDeclaration imp : file.unit().getImports()) {
            if (!imp.isStatic()
                    && !imp.isAsterisk()
                    && References.simpleName(imp.getNameAsString()).equals(first)) {
                String candidate = imp.getNameAsString();
                return tree.contains(candidate) ? Optional.of(candidate) : Optional.empty();
            }
        }
        String local = file.packageName().isEmpty() ? first : file.packageName() + "." + first;
        if (tree.contains(local)) {
            return rest.isEmpty() ? Optional.of(local) : Optional.empty();
        }
        for (ImportDeclaration imp : file.unit().getImports()) {
            if (!imp.isStatic() && imp.isAsterisk() && tree.contains(imp.getNameAsString() + "." + first)) {
                return Optional.of(imp.getNameAsString() + "." + first);
            }
        }
        return Optional.empty();
    }

    /** The import of a library type (not one of the application's) as the member's file imports it. */
    private static Optional<String> importOf(SourceFile file, String simple) {
        return file.unit().getImports().stream()
                .filter(i -> !i.isStatic() && !i.isAsterisk())
                .map(ImportDeclaration::getNameAsString)
                .filter(n -> References.simpleName(n).equals(simple))
                .findFirst();
    }

    private static boolean isJavaLang(String simple) {
        try {
            Class.forName("java.lang." + simple, false, SeamCalls.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String qualified(SourceFile file, String simple) {
        return file.packageName().isEmpty() ? simple : file.packageName() + "." + simple;
    }

    private static String simple(SourceFile file) {
        return file.typeNames().isEmpty()
                ? file.path().toString()
                : References.simpleName(file.typeNames().get(0));
    }

    static int line(Node node) {
        return node.getBegin().map(p -> p.line).orElse(0);
    }

    static CompilationUnit unit(SourceFile file) {
        return file.unit();
    }

    static boolean isField(VariableDeclarator variable) {
        return variable.getParentNode().orElse(null) instanceof FieldDeclaration;
    }
}
