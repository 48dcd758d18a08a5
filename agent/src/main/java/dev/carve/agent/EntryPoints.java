package dev.carve.agent;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.bytebuddy.description.annotation.AnnotationDescription;
import net.bytebuddy.description.annotation.AnnotationValue;
import net.bytebuddy.description.enumeration.EnumerationDescription;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * Recognizes entry-point methods by their annotations (names only: the agent links against no framework), and
 * computes the route an HTTP handler declares.
 */
final class EntryPoints {
    enum Kind {
        NONE,
        HANDLER,
        SCHEDULED,
        MESSAGE,
        MAIN,
        TEST
    }

    static final Set<String> SCHEDULED = Set.of(
            "org.springframework.scheduling.annotation.Scheduled",
            "org.springframework.scheduling.annotation.Schedules",
            "jakarta.ejb.Schedule",
            "javax.ejb.Schedule",
            "io.micronaut.scheduling.annotation.Scheduled",
            "io.quarkus.scheduler.Scheduled");
    static final Set<String> MESSAGE = Set.of(
            "org.springframework.jms.annotation.JmsListener",
            "org.springframework.kafka.annotation.KafkaListener",
            "org.springframework.amqp.rabbit.annotation.RabbitListener",
            "io.awspring.cloud.sqs.annotation.SqsListener",
            "org.springframework.pulsar.annotation.PulsarListener");
    static final Set<String> MESSAGE_LISTENER_TYPES = Set.of(
            "jakarta.jms.MessageListener",
            "javax.jms.MessageListener",
            "org.springframework.amqp.core.MessageListener",
            "org.springframework.kafka.listener.MessageListener");
    static final Set<String> TEST = Set.of(
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.RepeatedTest",
            "org.junit.jupiter.api.TestFactory",
            "org.junit.jupiter.api.TestTemplate",
            "org.junit.jupiter.params.ParameterizedTest",
            "org.junit.Test",
            "org.testng.annotations.Test");
    private static final String SPRING_WEB = "org.springframework.web.bind.annotation.";
    private static final List<String> SPRING_VERBS = List.of("Get", "Post", "Put", "Delete", "Patch");
    private static final List<String> JAX_RS = List.of("jakarta.ws.rs.", "javax.ws.rs.");
    private static final List<String> JAX_RS_VERBS =
            List.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    private EntryPoints() {}

    static Kind kindOf(MethodDescription m, boolean messageListenerType) {
        if (isMain(m)) {
            return Kind.MAIN;
        }
        for (AnnotationDescription a : m.getDeclaredAnnotations()) {
            String name = a.getAnnotationType().getName();
            if (SCHEDULED.contains(name)) {
                return Kind.SCHEDULED;
            }
            if (MESSAGE.contains(name)) {
                return Kind.MESSAGE;
            }
            if (TEST.contains(name)) {
                return Kind.TEST;
            }
            if (httpVerb(name) != null) {
                return Kind.HANDLER;
            }
        }
        if (messageListenerType
                && m.getName().equals("onMessage")
                && m.getParameters().size() == 1) {
            return Kind.MESSAGE;
        }
        return Kind.NONE;
    }

    private static boolean isMain(MethodDescription m) {
        return m.isStatic()
                && m.isPublic()
                && m.getName().equals("main")
                && m.getReturnType().represents(void.class)
                && m.getParameters().size() == 1
                && m.getParameters().get(0).getType().asErasure().represents(String[].class);
    }

    /** {@code GET /owners/{id}}, from the class's and the method's mapping annotations; empty when unclear. */
    static String route(TypeDescription type, MethodDescription m) {
        String verb = null;
        String methodPath = "";
        for (AnnotationDescription a : m.getDeclaredAnnotations()) {
            String name = a.getAnnotationType().getName();
            String v = httpVerb(name);
            if (v != null) {
                verb = v.equals("*") ? requestMappingVerb(a) : v;
                if (name.startsWith(SPRING_WEB)) {
                    methodPath = first(a, "value", "path");
                }
            }
            if (isJaxRs(name, "Path")) {
                methodPath = first(a, "value");
            }
        }
        if (verb == null) {
            return "";
        }
        String typePath = "";
        for (AnnotationDescription a : type.getDeclaredAnnotations()) {
            String name = a.getAnnotationType().getName();
            if (name.equals(SPRING_WEB + "RequestMapping")) {
                typePath = first(a, "value", "path");
            } else if (isJaxRs(name, "Path")) {
                typePath = first(a, "value");
            }
        }
        return verb + " " + join(typePath, methodPath);
    }

    /** The HTTP verb a mapping annotation stands for, {@code *} for Spring's {@code @RequestMapping}, else null. */
    private static String httpVerb(String annotation) {
        if (annotation.startsWith(SPRING_WEB)) {
            String simple = annotation.substring(SPRING_WEB.length());
            if (simple.equals("RequestMapping")) {
                return "*";
            }
            for (String verb : SPRING_VERBS) {
                if (simple.equals(verb + "Mapping")) {
                    return verb.toUpperCase(Locale.ROOT);
                }
            }
            return null;
        }
        for (String verb : JAX_RS_VERBS) {
            if (isJaxRs(annotation, verb)) {
                return verb;
            }
        }
        return null;
    }

    private static boolean isJaxRs(String annotation, String simple) {
        for (String prefix : JAX_RS) {
            if (annotation.equals(prefix + simple)) {
                return true;
            }
        }
        return false;
    }

    private static String requestMappingVerb(AnnotationDescription a) {
        try {
            Object methods = a.getValue("method").resolve();
            if (methods instanceof EnumerationDescription[] values && values.length > 0) {
                return values[0].getValue();
            }
        } catch (RuntimeException e) {
            // the annotation type cannot be resolved here; any verb then
        }
        return "*";
    }

    private static String first(AnnotationDescription a, String... properties) {
        for (String property : properties) {
            try {
                AnnotationValue<?, ?> value = a.getValue(property);
                Object resolved = value.resolve();
                if (resolved instanceof String[] values && values.length > 0 && !values[0].isEmpty()) {
                    return values[0];
                }
                if (resolved instanceof String s && !s.isEmpty()) {
                    return s;
                }
            } catch (RuntimeException e) {
                // missing property or unresolvable annotation type: try the next
            }
        }
        return "";
    }

    static String join(String typePath, String methodPath) {
        String joined = ("/" + typePath + "/" + methodPath).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }
}
