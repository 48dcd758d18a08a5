package dev.carve.analyzer.source;

import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Entry points: Spring MVC and JAX-RS handlers (HTTP method and the full path pattern, class prefixes included),
 * servlets, {@code @Scheduled} methods, message listeners (JMS, Kafka, RabbitMQ), Spring event listeners and
 * {@code main} methods. Listeners also get {@code LISTENS_TO_EVENT} dependencies on what they consume.
 */
final class EntryPointRules {
    private static final Map<String, String> SPRING_VERBS = Map.of(
            "GetMapping",
            "GET",
            "PostMapping",
            "POST",
            "PutMapping",
            "PUT",
            "DeleteMapping",
            "DELETE",
            "PatchMapping",
            "PATCH",
            "RequestMapping",
            "*");
    private static final Set<String> JAXRS_VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final Map<String, String> LISTENERS =
            Map.of("JmsListener", "jms", "KafkaListener", "kafka", "RabbitListener", "rabbit", "SqsListener", "sqs");

    private EntryPointRules() {}

    static void forType(TypeDeclaration<?> td, String name, TypeRefs refs, FactSink sink) {
        int line = FileAnalyzer.line(td);
        Annotations.find(td, Set.of("WebServlet")).ifPresent(a -> {
            List<String> patterns = Annotations.strings(a, td, "urlPatterns", "value");
            for (String pattern : patterns) {
                sink.entryPoints.add(new EntryPoint(
                        "SERVLET " + pattern, EntryPointKind.SERVLET, name, "", "*", pattern, sink.at(line)));
            }
        });
        if (td instanceof ClassOrInterfaceDeclaration c) {
            for (ClassOrInterfaceType t : c.getImplementedTypes()) {
                if (t.getNameAsString().equals("ApplicationListener")) {
                    t.getTypeArguments().filter(args -> !args.isEmpty()).ifPresent(args -> {
                        String event = refs.resolve(args.get(0)).name();
                        sink.dependency(name, event, DependencyKind.LISTENS_TO_EVENT, line, "", "onApplicationEvent");
                        sink.entryPoints.add(new EntryPoint(
                                "event:" + event + "->" + name,
                                EntryPointKind.EVENT_LISTENER,
                                name,
                                "void onApplicationEvent(" + event + ")",
                                "",
                                "",
                                sink.at(line)));
                    });
                }
            }
        }
    }

    static void forMethod(
            TypeDeclaration<?> td,
            String name,
            CallableDeclaration<?> callable,
            String signature,
            TypeRefs refs,
            FactSink sink) {
        if (!(callable instanceof MethodDeclaration m)) {
            return;
        }
        int line = FileAnalyzer.line(m);
        spring(td, name, m, signature, sink, line);
        jaxrs(td, name, m, signature, sink, line);
        Annotations.find(m, Set.of("Scheduled", "Schedules"))
                .ifPresent(a -> sink.entryPoints.add(new EntryPoint(
                        "scheduled:" + name + "#" + m.getNameAsString(),
                        EntryPointKind.SCHEDULED,
                        name,
                        signature,
                        "",
                        "",
                        sink.at(line))));
        for (AnnotationExpr a : m.getAnnotations()) {
            String simple = simpleName(a);
            String system = LISTENERS.get(simple);
            if (system != null) {
                List<String> topics =
                        Annotations.strings(a, td, "topics", "destination", "queues", "value", "topicPattern");
                String payload = m.getParameters().isEmpty()
                        ? "java.lang.Object"
                        : refs.resolve(m.getParameter(0).getType()).name();
                for (String topic : topics.isEmpty() ? List.of("?") : topics) {
                    sink.entryPoints.add(new EntryPoint(
                            system + ":" + topic + "->" + name + "#" + m.getNameAsString(),
                            EntryPointKind.MESSAGE_LISTENER,
                            name,
                            signature,
                            "",
                            topic,
                            sink.at(line)));
                    sink.dependency(name, payload, DependencyKind.LISTENS_TO_EVENT, line, signature, "topic:" + topic);
                }
            }
            if (simple.equals("EventListener") || simple.equals("TransactionalEventListener")) {
                for (String event : eventTypes(a, m, refs)) {
                    sink.dependency(name, event, DependencyKind.LISTENS_TO_EVENT, line, signature, "");
                    sink.entryPoints.add(new EntryPoint(
                            "event:" + event + "->" + name + "#" + m.getNameAsString(),
                            EntryPointKind.EVENT_LISTENER,
                            name,
                            signature,
                            "",
                            "",
                            sink.at(line)));
                }
            }
        }
        if (m.getNameAsString().equals("main")
                && m.isStatic()
                && m.isPublic()
                && m.getParameters().size() == 1
                && m.getType().isVoidType()
                && m.getParameter(0).getType().asString().replace(" ", "").matches("String(\\[]|\\.\\.\\.)")) {
            sink.entryPoints.add(
                    new EntryPoint("main:" + name, EntryPointKind.MAIN, name, signature, "", "", sink.at(line)));
        }
    }

    private static void spring(
            TypeDeclaration<?> td, String name, MethodDeclaration m, String signature, FactSink sink, int line) {
        for (AnnotationExpr a : m.getAnnotations()) {
            String verb = SPRING_VERBS.get(simpleName(a));
            if (verb == null) {
                continue;
            }
            List<String> paths = Annotations.strings(a, td, "value", "path");
            List<String> prefixes = classPrefixes(td);
            List<String> verbs = verb.equals("*") ? requestMethods(a) : List.of(verb);
            for (String prefix : prefixes) {
                for (String path : paths.isEmpty() ? List.of("") : paths) {
                    String full = join(prefix, path);
                    for (String v : verbs) {
                        sink.entryPoints.add(EntryPoint.http(v, full, name, signature, sink.at(line)));
                    }
                }
            }
        }
    }

    private static List<String> classPrefixes(TypeDeclaration<?> td) {
        List<String> prefixes = new ArrayList<>();
        Annotations.find(td, Set.of("RequestMapping"))
                .ifPresent(a -> prefixes.addAll(Annotations.strings(a, td, "value", "path")));
        return prefixes.isEmpty() ? List.of("") : prefixes;
    }

    private static List<String> requestMethods(AnnotationExpr a) {
        Optional<Expression> method = Annotations.attribute(a, "method");
        if (method.isEmpty()) {
            return List.of("*");
        }
        List<Expression> values =
                method.get() instanceof ArrayInitializerExpr array ? array.getValues() : List.of(method.get());
        List<String> verbs = new ArrayList<>();
        for (Expression v : values) {
            String text = v.toString();
            verbs.add(text.substring(text.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
        }
        return verbs.isEmpty() ? List.of("*") : verbs;
    }

    private static void jaxrs(
            TypeDeclaration<?> td, String name, MethodDeclaration m, String signature, FactSink sink, int line) {
        Optional<String> verb = m.getAnnotations().stream()
                .map(EntryPointRules::simpleName)
                .filter(JAXRS_VERBS::contains)
                .findFirst();
        if (verb.isEmpty()) {
            return;
        }
        String classPath = Annotations.find(td, Set.of("Path"))
                .flatMap(a -> Annotations.strings(a, td, "value").stream().findFirst())
                .orElse("");
        String methodPath = Annotations.find(m, Set.of("Path"))
                .flatMap(a -> Annotations.strings(a, td, "value").stream().findFirst())
                .orElse("");
        sink.entryPoints.add(EntryPoint.http(verb.get(), join(classPath, methodPath), name, signature, sink.at(line)));
    }

    private static List<String> eventTypes(AnnotationExpr a, MethodDeclaration m, TypeRefs refs) {
        List<String> types = new ArrayList<>();
        for (String attribute : List.of("classes", "value")) {
            Annotations.attribute(a, attribute).ifPresent(v -> {
                List<Expression> values = v instanceof ArrayInitializerExpr array ? array.getValues() : List.of(v);
                for (Expression e : values) {
                    if (e instanceof ClassExpr c) {
                        types.add(refs.resolve(c.getType()).name());
                    }
                }
            });
        }
        if (types.isEmpty() && !m.getParameters().isEmpty()) {
            types.add(refs.resolve(m.getParameter(0).getType()).name());
        }
        return types;
    }

    /** Joins a class-level and a method-level path into one pattern with a leading slash. */
    static String join(String prefix, String path) {
        String p = (prefix.isEmpty() || prefix.startsWith("/") ? prefix : "/" + prefix).replaceAll("/+$", "");
        String s = path.isEmpty() ? "" : (path.startsWith("/") ? path : "/" + path);
        String full = p + s;
        return full.isEmpty() ? "/" : full;
    }

    private static String simpleName(AnnotationExpr a) {
        String n = a.getNameAsString();
        return n.substring(n.lastIndexOf('.') + 1);
    }
}
