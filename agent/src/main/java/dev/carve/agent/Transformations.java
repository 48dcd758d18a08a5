package dev.carve.agent;

import static net.bytebuddy.matcher.ElementMatchers.hasSuperType;
import static net.bytebuddy.matcher.ElementMatchers.isAbstract;
import static net.bytebuddy.matcher.ElementMatchers.isBridge;
import static net.bytebuddy.matcher.ElementMatchers.isConstructor;
import static net.bytebuddy.matcher.ElementMatchers.isInterface;
import static net.bytebuddy.matcher.ElementMatchers.isMethod;
import static net.bytebuddy.matcher.ElementMatchers.isNative;
import static net.bytebuddy.matcher.ElementMatchers.isSynthetic;
import static net.bytebuddy.matcher.ElementMatchers.nameContains;
import static net.bytebuddy.matcher.ElementMatchers.nameMatches;
import static net.bytebuddy.matcher.ElementMatchers.nameStartsWith;
import static net.bytebuddy.matcher.ElementMatchers.named;
import static net.bytebuddy.matcher.ElementMatchers.namedOneOf;
import static net.bytebuddy.matcher.ElementMatchers.none;
import static net.bytebuddy.matcher.ElementMatchers.not;
import static net.bytebuddy.matcher.ElementMatchers.takesArgument;
import static net.bytebuddy.matcher.ElementMatchers.takesArguments;

import dev.carve.agent.advice.AppServletAdvice;
import dev.carve.agent.advice.CallAdvice;
import dev.carve.agent.advice.CallId;
import dev.carve.agent.advice.ConstructorAdvice;
import dev.carve.agent.advice.HandlerEntryAdvice;
import dev.carve.agent.advice.JdbcPrepareAdvice;
import dev.carve.agent.advice.JdbcPreparedAdvice;
import dev.carve.agent.advice.JdbcSqlAdvice;
import dev.carve.agent.advice.MainEntryAdvice;
import dev.carve.agent.advice.MessageEntryAdvice;
import dev.carve.agent.advice.ProxyCallAdvice;
import dev.carve.agent.advice.Route;
import dev.carve.agent.advice.ScheduledEntryAdvice;
import dev.carve.agent.advice.ServletAdvice;
import dev.carve.agent.advice.TestEntryAdvice;
import dev.carve.agent.record.Failures;
import java.lang.instrument.Instrumentation;
import java.security.ProtectionDomain;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import net.bytebuddy.agent.builder.AgentBuilder;
import net.bytebuddy.asm.Advice;
import net.bytebuddy.description.method.MethodDescription;
import net.bytebuddy.description.type.TypeDescription;
import net.bytebuddy.dynamic.DynamicType;
import net.bytebuddy.matcher.ElementMatcher;
import net.bytebuddy.utility.JavaModule;

/**
 * What gets instrumented: application types (by package) get call advice, or entry advice on entry-point methods;
 * JDBC connections and statements and servlets and filters of any library get their own advice. Each method gets at
 * most one advice, so no two advices ever nest in one method.
 */
final class Transformations {
    private static final String[] SERVLET_REQUEST = {"jakarta.servlet.ServletRequest", "javax.servlet.ServletRequest"};
    private static final String[] SERVLETS = {"jakarta.servlet.Servlet", "javax.servlet.Servlet"};
    private static final String[] FILTERS = {"jakarta.servlet.Filter", "javax.servlet.Filter"};
    private static final String[] INFRASTRUCTURE = {
        "java.sql.Connection",
        "java.sql.Statement",
        "jakarta.servlet.Servlet",
        "javax.servlet.Servlet",
        "jakarta.servlet.Filter",
        "javax.servlet.Filter"
    };

    private static final String PROXY = "(jdk\\.proxy\\d+|com\\.sun\\.proxy)\\.\\$Proxy\\d+";
    private static final java.util.Set<String> OBJECT_METHODS = java.util.Set.of("equals", "hashCode", "toString");
    private static final Advice CALL = Advice.to(CallAdvice.class);
    private static final Advice CONSTRUCTOR = Advice.to(ConstructorAdvice.class);
    private static final Advice APP_SERVLET = Advice.to(AppServletAdvice.class);
    private static final Advice SERVLET = Advice.to(ServletAdvice.class);
    private static final Advice PREPARE = Advice.to(JdbcPrepareAdvice.class);
    private static final Advice SQL = Advice.to(JdbcSqlAdvice.class);
    private static final Advice PREPARED = Advice.to(JdbcPreparedAdvice.class);
    private static final Map<EntryPoints.Kind, Advice> ENTRY = new EnumMap<>(Map.of(
            EntryPoints.Kind.SCHEDULED, Advice.to(ScheduledEntryAdvice.class),
            EntryPoints.Kind.MESSAGE, Advice.to(MessageEntryAdvice.class),
            EntryPoints.Kind.MAIN, Advice.to(MainEntryAdvice.class),
            EntryPoints.Kind.TEST, Advice.to(TestEntryAdvice.class)));

    private Transformations() {}

    static void install(AgentOptions options, Instrumentation instrumentation) {
        ElementMatcher.Junction<TypeDescription> app = applicationTypes(options);
        new AgentBuilder.Default()
                .disableClassFormatChanges()
                .with(new FailureListener())
                .with(
                        Boolean.getBoolean("carve.agent.debug")
                                ? AgentBuilder.Listener.StreamWriting.toSystemError()
                                        .withTransformationsOnly()
                                : AgentBuilder.Listener.NoOp.INSTANCE)
                .ignore(nameStartsWith("net.bytebuddy.")
                        .or(nameStartsWith("dev.carve.agent.record."))
                        .or(nameStartsWith("dev.carve.agent.advice."))
                        .or(nameStartsWith("dev.carve.agent.shaded."))
                        .or(nameMatches("dev\\.carve\\.agent\\.[A-Z][^.]*"))
                        .or(nameStartsWith("java."))
                        .or(nameStartsWith("jdk.").and(not(nameStartsWith("jdk.proxy"))))
                        .or(nameStartsWith("sun."))
                        .or(nameStartsWith("com.sun.").and(not(nameStartsWith("com.sun.proxy."))))
                        .or(nameContains("$$"))
                        .or(nameContains("$HibernateProxy$"))
                        .or(isSynthetic()))
                .type(app)
                .transform(Transformations::application)
                .type(not(app).and(not(isInterface())).and(superTypeNamed(INFRASTRUCTURE)))
                .transform(Transformations::infrastructure)
                .type(nameMatches(PROXY).and(hasSuperType(included(options))))
                .transform((b, type, loader, module, domain) -> proxy(b, type, included(options)))
                .installOn(instrumentation);
    }

    private static ElementMatcher.Junction<TypeDescription> applicationTypes(AgentOptions options) {
        return included(options).and(not(isInterface()).or(declaresConcreteMethods()));
    }

    /** Types in the included packages, less the excluded ones. */
    private static ElementMatcher.Junction<TypeDescription> included(AgentOptions options) {
        ElementMatcher.Junction<TypeDescription> included = none();
        for (String prefix : options.include) {
            included = included.or(nameStartsWith(prefix + ".")).or(named(prefix));
        }
        for (String prefix : options.exclude) {
            included = included.and(not(nameStartsWith(prefix)));
        }
        return included;
    }

    /** Every method of a JDK proxy but Object's, recorded as a call into the application interface it implements. */
    private static DynamicType.Builder<?> proxy(
            DynamicType.Builder<?> builder, TypeDescription type, ElementMatcher<TypeDescription> included) {
        String iface = null;
        for (TypeDescription.Generic i : type.getInterfaces()) {
            if (included.matches(i.asErasure())) {
                iface = i.asErasure().getName();
                break;
            }
        }
        if (iface == null) {
            return builder;
        }
        DynamicType.Builder<?> b = builder;
        for (MethodDescription.InDefinedShape m : type.getDeclaredMethods()) {
            if (m.isMethod() && !m.isStatic() && !OBJECT_METHODS.contains(m.getName())) {
                b = b.visit(Advice.withCustomMapping()
                        .bind(CallId.class, iface + " " + m.getName())
                        .to(ProxyCallAdvice.class)
                        .on(x -> x.equals(m)));
            }
        }
        return b;
    }

    private static ElementMatcher.Junction<TypeDescription> declaresConcreteMethods() {
        return new ElementMatcher.Junction.AbstractBase<>() {
            @Override
            public boolean matches(TypeDescription type) {
                return !type.getDeclaredMethods()
                        .filter(isMethod().and(not(isAbstract())))
                        .isEmpty();
            }
        };
    }

    private static ElementMatcher.Junction<TypeDescription> superTypeNamed(String... names) {
        return net.bytebuddy.matcher.ElementMatchers.hasSuperType(namedOneOf(names));
    }

    private static DynamicType.Builder<?> application(
            DynamicType.Builder<?> builder,
            TypeDescription type,
            ClassLoader loader,
            JavaModule module,
            ProtectionDomain domain) {
        boolean listener = superTypeNamed(EntryPoints.MESSAGE_LISTENER_TYPES.toArray(new String[0]))
                .matches(type);
        boolean servlet = !type.isInterface() && superTypeNamed(INFRASTRUCTURE).matches(type);
        Map<MethodDescription, EntryPoints.Kind> entries = new HashMap<>();
        Map<MethodDescription, String> routes = new HashMap<>();
        for (MethodDescription.InDefinedShape m : type.getDeclaredMethods()) {
            if (m.isMethod() && !m.isAbstract()) {
                EntryPoints.Kind kind = EntryPoints.kindOf(m, listener);
                if (kind != EntryPoints.Kind.NONE) {
                    entries.put(m, kind);
                }
                if (kind == EntryPoints.Kind.HANDLER) {
                    routes.put(m, EntryPoints.route(type, m));
                }
            }
        }
        ElementMatcher.Junction<MethodDescription> servletMethods = servlet ? servletMethods() : none();
        ElementMatcher.Junction<MethodDescription> plain = isMethod()
                .and(not(isAbstract()))
                .and(not(isNative()))
                .and(not(isBridge()))
                .and(not(servletMethods))
                .and(m -> !entries.containsKey(m));
        DynamicType.Builder<?> b = builder.visit(CALL.on(plain))
                .visit(CONSTRUCTOR.on(isConstructor()))
                .visit(APP_SERVLET.on(servletMethods.and(not(isAbstract()))));
        for (Map.Entry<MethodDescription, EntryPoints.Kind> e : entries.entrySet()) {
            MethodDescription method = e.getKey();
            if (servletMethods.matches(method)) {
                continue;
            }
            Advice advice = e.getValue() == EntryPoints.Kind.HANDLER
                    ? Advice.withCustomMapping()
                            .bind(Route.class, routes.getOrDefault(method, ""))
                            .to(HandlerEntryAdvice.class)
                    : ENTRY.get(e.getValue());
            b = b.visit(advice.on(m -> m.equals(method)));
        }
        return b;
    }

    private static DynamicType.Builder<?> infrastructure(
            DynamicType.Builder<?> builder,
            TypeDescription type,
            ClassLoader loader,
            JavaModule module,
            ProtectionDomain domain) {
        DynamicType.Builder<?> b = builder;
        ElementMatcher.Junction<MethodDescription> concrete = isMethod().and(not(isAbstract()));
        if (superTypeNamed("java.sql.Connection").matches(type)) {
            b = b.visit(PREPARE.on(
                    concrete.and(namedOneOf("prepareStatement", "prepareCall")).and(takesArgument(0, String.class))));
        }
        if (superTypeNamed("java.sql.Statement").matches(type)) {
            b = b.visit(SQL.on(concrete.and(namedOneOf(
                                    "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch"))
                            .and(takesArgument(0, String.class))))
                    .visit(PREPARED.on(concrete.and(namedOneOf(
                                    "execute",
                                    "executeQuery",
                                    "executeUpdate",
                                    "executeLargeUpdate",
                                    "executeBatch",
                                    "executeLargeBatch"))
                            .and(takesArguments(0))));
        }
        if (superTypeNamed(SERVLETS).matches(type) || superTypeNamed(FILTERS).matches(type)) {
            b = b.visit(SERVLET.on(concrete.and(servletMethods())));
        }
        return b;
    }

    /** {@code service(ServletRequest, ServletResponse)} and {@code doFilter(ServletRequest, ServletResponse, chain)}. */
    private static ElementMatcher.Junction<MethodDescription> servletMethods() {
        ElementMatcher.Junction<TypeDescription> request = namedOneOf(SERVLET_REQUEST);
        return named("service")
                .and(takesArguments(2))
                .and(takesArgument(0, request))
                .or(named("doFilter").and(takesArguments(3)).and(takesArgument(0, request)));
    }

    /** Instrumentation failures: counted and reported once; the class then simply loads unchanged. */
    private static final class FailureListener extends AgentBuilder.Listener.Adapter {
        @Override
        public void onError(String typeName, ClassLoader loader, JavaModule module, boolean loaded, Throwable t) {
            Failures.record("instrumenting " + typeName, t);
        }
    }
}
