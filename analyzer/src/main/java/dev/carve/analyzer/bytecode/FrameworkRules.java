package dev.carve.analyzer.bytecode;

import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.ClassNode;
import org.objectweb.asm.tree.MethodNode;

/**
 * Entry points and event listeners from annotations kept in class files, with the same ids, paths and kinds as the
 * source reader's rules: Spring MVC and JAX-RS handlers, servlets, {@code @Scheduled}, message and event listeners,
 * {@code main}. Annotations are matched by simple name, as in the source reader. JPA mappings are in
 * {@link JpaMappings}.
 */
final class FrameworkRules {
    private static final Map<String, String> SPRING_VERBS = Map.of(
            "GetMapping", "GET",
            "PostMapping", "POST",
            "PutMapping", "PUT",
            "DeleteMapping", "DELETE",
            "PatchMapping", "PATCH",
            "RequestMapping", "*");
    private static final Set<String> JAXRS_VERBS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");
    private static final Map<String, String> LISTENERS =
            Map.of("JmsListener", "jms", "KafkaListener", "kafka", "RabbitListener", "rabbit", "SqsListener", "sqs");

    private FrameworkRules() {}

    static void forType(ClassNode cn, String name, List<Annotation> annotations, Facts facts, SourceLocation at) {
        Annotation.find(annotations, "WebServlet").ifPresent(a -> {
            for (String pattern : a.strings("urlPatterns", "value")) {
                facts.graph.entryPoint(
                        new EntryPoint("SERVLET " + pattern, EntryPointKind.SERVLET, name, "", "*", pattern, at));
            }
        });
        for (String i : cn.interfaces) {
            if (Names.simple(Names.binary(i)).equals("ApplicationListener")) {
                List<String> args = Names.typeArgumentsOf(cn.signature, Names.binary(i));
                if (!args.isEmpty()) {
                    String event = args.get(0);
                    facts.dependency(name, event, DependencyKind.LISTENS_TO_EVENT, at, "", "onApplicationEvent");
                    facts.graph.entryPoint(new EntryPoint(
                            "event:" + event + "->" + name,
                            EntryPointKind.EVENT_LISTENER,
                            name,
                            "void onApplicationEvent(" + event + ")",
                            "",
                            "",
                            at));
                }
            }
        }
        JpaMappings.forType(cn, name, annotations, facts, at);
    }

    static void forMethod(
            ClassNode cn,
            String name,
            MethodNode m,
            String signature,
            List<Annotation> annotations,
            Facts facts,
            SourceLocation at) {
        if (m.name.startsWith("<")) {
            return;
        }
        List<Annotation> typeAnnotations = Annotation.all(cn.visibleAnnotations, cn.invisibleAnnotations);
        spring(typeAnnotations, annotations, name, signature, facts, at);
        jaxrs(typeAnnotations, annotations, name, signature, facts, at);
        if (Annotation.find(annotations, "Scheduled", "Schedules").isPresent()) {
            facts.graph.entryPoint(new EntryPoint(
                    "scheduled:" + name + "#" + m.name, EntryPointKind.SCHEDULED, name, signature, "", "", at));
        }
        Type[] params = Type.getArgumentTypes(m.desc);
        String firstParam = params.length == 0 ? "java.lang.Object" : Names.display(params[0]);
        for (Annotation a : annotations) {
            String system = LISTENERS.get(a.simpleName());
            if (system != null) {
                List<String> topics = a.strings("topics", "destination", "queues", "value", "topicPattern");
                for (String topic : topics.isEmpty() ? List.of("?") : topics) {
                    facts.graph.entryPoint(new EntryPoint(
                            system + ":" + topic + "->" + name + "#" + m.name,
                            EntryPointKind.MESSAGE_LISTENER,
                            name,
                            signature,
                            "",
                            topic,
                            at));
                    facts.dependency(
                            name, firstParam, DependencyKind.LISTENS_TO_EVENT, at, signature, "topic:" + topic);
                }
            }
            if (a.simpleName().equals("EventListener") || a.simpleName().equals("TransactionalEventListener")) {
                List<String> events = new ArrayList<>(a.strings("classes", "value"));
                if (events.isEmpty() && params.length > 0) {
                    events.add(firstParam);
                }
                for (String event : events) {
                    facts.dependency(name, event, DependencyKind.LISTENS_TO_EVENT, at, signature, "");
                    facts.graph.entryPoint(new EntryPoint(
                            "event:" + event + "->" + name + "#" + m.name,
                            EntryPointKind.EVENT_LISTENER,
                            name,
                            signature,
                            "",
                            "",
                            at));
                }
            }
        }
        if (m.name.equals("main")
                && (m.access & (Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC)) == (Opcodes.ACC_STATIC | Opcodes.ACC_PUBLIC)
                && m.desc.equals("([Ljava/lang/String;)V")) {
            facts.graph.entryPoint(new EntryPoint("main:" + name, EntryPointKind.MAIN, name, signature, "", "", at));
        }
        JpaMappings.forMethod(cn, name, signature, annotations, facts, at);
    }

    private static void spring(
            List<Annotation> typeAnnotations,
            List<Annotation> annotations,
            String name,
            String signature,
            Facts facts,
            SourceLocation at) {
        List<String> prefixes = Annotation.find(typeAnnotations, "RequestMapping")
                .map(a -> a.strings("value", "path"))
                .filter(p -> !p.isEmpty())
                .orElse(List.of(""));
        for (Annotation a : annotations) {
            String verb = SPRING_VERBS.get(a.simpleName());
            if (verb == null) {
                continue;
            }
            List<String> paths = a.strings("value", "path");
            List<String> verbs = verb.equals("*") ? requestMethods(a) : List.of(verb);
            for (String prefix : prefixes) {
                for (String path : paths.isEmpty() ? List.of("") : paths) {
                    for (String v : verbs) {
                        facts.graph.entryPoint(EntryPoint.http(v, join(prefix, path), name, signature, at));
                    }
                }
            }
        }
    }

    private static List<String> requestMethods(Annotation a) {
        List<String> verbs = new ArrayList<>();
        for (String v : a.strings("method")) {
            verbs.add(v.substring(v.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT));
        }
        return verbs.isEmpty() ? List.of("*") : verbs;
    }

    private static void jaxrs(
            List<Annotation> typeAnnotations,
            List<Annotation> annotations,
            String name,
            String signature,
            Facts facts,
            SourceLocation at) {
        Optional<String> verb = annotations.stream()
                .map(Annotation::simpleName)
                .filter(JAXRS_VERBS::contains)
                .findFirst();
        if (verb.isEmpty()) {
            return;
        }
        String classPath = Annotation.find(typeAnnotations, "Path")
                .flatMap(a -> a.strings("value").stream().findFirst())
                .orElse("");
        String methodPath = Annotation.find(annotations, "Path")
                .flatMap(a -> a.strings("value").stream().findFirst())
                .orElse("");
        facts.graph.entryPoint(EntryPoint.http(verb.get(), join(classPath, methodPath), name, signature, at));
    }

    /** Joins a class-level and a method-level path into one pattern with a leading slash. */
    static String join(String prefix, String path) {
        String p = (prefix.isEmpty() || prefix.startsWith("/") ? prefix : "/" + prefix).replaceAll("/+$", "");
        String s = path.isEmpty() ? "" : (path.startsWith("/") ? path : "/" + path);
        String full = p + s;
        return full.isEmpty() ? "/" : full;
    }
}
