package dev.carve.analyzer.source;

import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import dev.carve.analyzer.data.SqlFacts;
import dev.carve.analyzer.data.SqlStatements;
import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.ProblemKind;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What well-known library calls mean for the graph: SQL passed to {@code JdbcTemplate} and {@code EntityManager},
 * entity persistence, Spring application events and messaging sends (Kafka, JMS, RabbitMQ, Spring Cloud Stream).
 * Library types are matched by simple name so the rules work without the library jars.
 */
final class CodeRules {
    private static final Set<String> JDBC_METHODS = Set.of(
            "query",
            "queryForObject",
            "queryForList",
            "queryForMap",
            "queryForRowSet",
            "queryForStream",
            "update",
            "batchUpdate",
            "execute",
            "queryForLong",
            "queryForInt");
    private static final Set<String> JDBC = Set.of(
            "JdbcTemplate",
            "NamedParameterJdbcTemplate",
            "JdbcOperations",
            "NamedParameterJdbcOperations",
            "JdbcClient",
            "SimpleJdbcCall");
    private static final Set<String> PUBLISHERS = Set.of(
            "ApplicationEventPublisher",
            "ApplicationContext",
            "ConfigurableApplicationContext",
            "GenericApplicationContext",
            "AbstractApplicationContext");
    private static final Set<String> KAFKA =
            Set.of("KafkaTemplate", "KafkaOperations", "ReactiveKafkaProducerTemplate");
    private static final Set<String> JMS = Set.of("JmsTemplate", "JmsOperations", "JmsMessagingTemplate");
    private static final Set<String> RABBIT =
            Set.of("RabbitTemplate", "AmqpTemplate", "RabbitOperations", "RabbitMessagingTemplate");
    private static final Set<String> STREAM = Set.of("StreamBridge");
    private static final Set<String> ENTITY_MANAGER = Set.of("EntityManager", "Session");

    private final FactSink sink;

    CodeRules(FactSink sink) {
        this.sink = sink;
    }

    /** Parses a string constant that looks like SQL; returns whether it was taken as SQL. */
    boolean sqlLiteral(
            Expression e, TypeDeclaration<?> owner, String type, String member, int line, MethodCallExpr call) {
        Optional<String> text = Annotations.constant(e, owner);
        if (text.isEmpty() || !SqlStatements.looksLikeSql(text.get())) {
            return false;
        }
        String method = call == null ? "" : call.getNameAsString();
        if (method.equals("createQuery")
                || method.equals("createTypedQuery")
                || method.equals("createSelectionQuery")
                || method.equals("createMutationQuery")) {
            jpql(text.get(), type, member, line, AccessVia.JPQL);
            return true;
        }
        if (JDBC_METHODS.contains(method)) {
            sql(text.get(), type, member, line, AccessVia.JDBC_TEMPLATE, false, true);
        } else {
            // a known SQL API reports what it cannot parse; a string that merely looks like SQL is skipped then
            boolean sqlApi = method.equals("createNativeQuery")
                    || method.equals("prepareStatement")
                    || method.equals("executeQuery")
                    || method.equals("executeUpdate")
                    || method.equals("addBatch");
            sql(text.get(), type, member, line, AccessVia.NATIVE_SQL, !sqlApi, sqlApi);
        }
        return true;
    }

    /** Native SQL; when it does not parse and {@code tryJpql}, it may be JPQL kept in a constant. */
    void sql(String text, String type, String member, int line, AccessVia via, boolean tryJpql, boolean report) {
        SqlFacts facts = SqlStatements.sql(text);
        if (facts.understood()) {
            facts.reads().forEach(t -> sink.access(type, t, AccessKind.READ, via, line, member));
            facts.writes().forEach(t -> sink.access(type, t, AccessKind.WRITE, via, line, member));
            return;
        }
        if (tryJpql && jpqlQuietly(text, type, member, line)) {
            return;
        }
        if (report) {
            sink.problem(ProblemKind.UNSUPPORTED_SQL, facts.error(), line);
        }
    }

    private boolean jpqlQuietly(String text, String type, String member, int line) {
        SqlFacts facts = SqlStatements.jpql(text);
        if (!facts.understood()) {
            return false;
        }
        facts.reads().forEach(t -> sink.entityAccess(type, t, AccessKind.READ, AccessVia.JPQL, line, member));
        facts.writes().forEach(t -> sink.entityAccess(type, t, AccessKind.WRITE, AccessVia.JPQL, line, member));
        return true;
    }

    void jpql(String text, String type, String member, int line, AccessVia via) {
        SqlFacts facts = SqlStatements.jpql(text);
        if (!facts.understood()) {
            sink.problem(ProblemKind.UNSUPPORTED_SQL, "JPQL: " + facts.error(), line);
            return;
        }
        facts.reads().forEach(t -> sink.entityAccess(type, t, AccessKind.READ, via, line, member));
        facts.writes().forEach(t -> sink.entityAccess(type, t, AccessKind.WRITE, via, line, member));
    }

    /** Rules keyed on the callee's type and method name. */
    void call(
            MethodCallExpr call,
            String calleeType,
            String type,
            String member,
            TypeDeclaration<?> owner,
            int line,
            Function<Expression, String> argumentType) {
        String simple = calleeType.substring(Math.max(calleeType.lastIndexOf('.'), calleeType.lastIndexOf('$')) + 1);
        String name = call.getNameAsString();
        int args = call.getArguments().size();
        if (name.equals("publishEvent") && PUBLISHERS.contains(simple) && args == 1) {
            String event = payload(call.getArgument(0), argumentType);
            sink.dependency(type, event, DependencyKind.PUBLISHES_EVENT, line, member, "publishEvent");
        } else if (KAFKA.contains(simple) && name.equals("send") && args >= 2) {
            send(call, 0, type, member, owner, line, argumentType, "kafka");
        } else if (JMS.contains(simple) && (name.equals("convertAndSend") || name.equals("send")) && args >= 2) {
            send(call, 0, type, member, owner, line, argumentType, "jms");
        } else if (RABBIT.contains(simple) && (name.equals("convertAndSend") || name.equals("send")) && args >= 2) {
            send(call, args >= 3 ? 1 : 0, type, member, owner, line, argumentType, "rabbit");
        } else if (STREAM.contains(simple) && name.equals("send") && args >= 2) {
            send(call, 0, type, member, owner, line, argumentType, "stream");
        } else if (ENTITY_MANAGER.contains(simple) && args >= 1) {
            entityManager(call, name, type, member, line, argumentType);
        }
        constantSql(call, simple, name, type, member, owner, line);
    }

    /** SQL passed by constant name ({@code jdbc.query(FIND_ALL)}): the literal is elsewhere, the use is here. */
    private void constantSql(
            MethodCallExpr call,
            String simple,
            String name,
            String type,
            String member,
            TypeDeclaration<?> owner,
            int line) {
        if (call.getArguments().isEmpty()
                || !(call.getArgument(0).isNameExpr() || call.getArgument(0).isFieldAccessExpr())) {
            return;
        }
        boolean jdbc = JDBC.contains(simple) && JDBC_METHODS.contains(name);
        boolean nativeQuery = ENTITY_MANAGER.contains(simple) && name.equals("createNativeQuery");
        boolean jpqlQuery =
                ENTITY_MANAGER.contains(simple) && name.startsWith("create") && name.endsWith("Query") && !nativeQuery;
        if (!jdbc && !nativeQuery && !jpqlQuery) {
            return;
        }
        Optional<String> text = Annotations.constant(call.getArgument(0), owner);
        if (text.isEmpty()) {
            return;
        }
        if (jpqlQuery) {
            jpql(text.get(), type, member, line, AccessVia.JPQL);
        } else {
            sql(text.get(), type, member, line, jdbc ? AccessVia.JDBC_TEMPLATE : AccessVia.NATIVE_SQL, false, true);
        }
    }

    private void send(
            MethodCallExpr call,
            int topicIndex,
            String type,
            String member,
            TypeDeclaration<?> owner,
            int line,
            Function<Expression, String> argumentType,
            String system) {
        String topic = Annotations.constant(call.getArgument(topicIndex), owner).orElse("?");
        String event = payload(call.getArgument(call.getArguments().size() - 1), argumentType);
        sink.dependency(type, event, DependencyKind.PUBLISHES_EVENT, line, member, "topic:" + topic);
    }

    private void entityManager(
            MethodCallExpr call,
            String name,
            String type,
            String member,
            int line,
            Function<Expression, String> argumentType) {
        AccessKind access = switch (name) {
            case "persist", "merge", "remove", "save", "saveOrUpdate", "delete", "update" -> AccessKind.WRITE;
            case "find", "getReference", "get", "load" -> AccessKind.READ;
            default -> null;
        };
        if (access == null) {
            return;
        }
        Expression arg = call.getArgument(0);
        String entity = argumentType.apply(arg);
        if (entity != null) {
            sink.entityAccess(type, entity, access, AccessVia.JPA_ENTITY, line, member);
        }
    }

    private static String payload(Expression arg, Function<Expression, String> argumentType) {
        String t = argumentType.apply(arg);
        return t == null ? "java.lang.Object" : t;
    }
}
