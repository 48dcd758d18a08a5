package dev.carve.analyzer.store;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.AnalysisProblem;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Column;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.EntryPointKind;
import dev.carve.analyzer.model.ForeignKey;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/** Graphs for store tests: a hand-written shop with every kind of fact, and seeded random graphs. */
final class GraphFixtures {
    static final String ORDER = "com.acme.order.Order";
    static final String ORDER_SERVICE = "com.acme.order.OrderService";
    static final String ORDER_CONTROLLER = "com.acme.order.web.OrderController";
    static final String CUSTOMER = "com.acme.customer.Customer";
    static final String REPOSITORY = "com.acme.order.OrderRepository";
    static final String PLACED = "com.acme.order.OrderPlaced";
    static final String MAILER = "com.acme.mail.Mailer";

    private GraphFixtures() {}

    /** A small shop touching every fact kind the model has. */
    static CodeGraph shop() {
        SourceLocation orderJava = SourceLocation.of("src/main/java/com/acme/order/Order.java", 12);
        CodeGraph.Builder b = CodeGraph.builder()
                .type(new TypeNode(
                        ORDER,
                        TypeKind.CLASS,
                        EnumSet.of(Origin.SOURCE, Origin.BYTECODE),
                        orderJava,
                        120,
                        Set.of("jakarta.persistence.Entity", "jakarta.persistence.Table"),
                        EnumSet.of(TypeFlag.ENTITY)))
                .type(TypeNode.of(
                        ORDER_SERVICE, TypeKind.CLASS, Origin.SOURCE, SourceLocation.of("OrderService.java", 9)))
                .type(new TypeNode(
                        ORDER_CONTROLLER,
                        TypeKind.CLASS,
                        EnumSet.of(Origin.SOURCE),
                        SourceLocation.of("OrderController.java", 5),
                        40,
                        Set.of("org.springframework.web.bind.annotation.RestController"),
                        Set.of()))
                .type(TypeNode.of(
                        CUSTOMER, TypeKind.RECORD, Origin.BYTECODE, SourceLocation.of("app.jar!/Customer.class", 0)))
                .type(TypeNode.of(REPOSITORY, TypeKind.INTERFACE, Origin.SOURCE, SourceLocation.UNKNOWN))
                .type(TypeNode.of(PLACED, TypeKind.RECORD, Origin.SOURCE, SourceLocation.of("OrderPlaced.java", 3)))
                .type(TypeNode.of(MAILER, TypeKind.CLASS, Origin.SOURCE, SourceLocation.of("Mailer.java", 7)))
                .type(TypeNode.of("com.acme.Status", TypeKind.ENUM, Origin.SOURCE, SourceLocation.of("Status.java", 1)))
                .type(TypeNode.of("com.acme.Audited", TypeKind.ANNOTATION, Origin.SOURCE, SourceLocation.UNKNOWN))
                .type(new TypeNode(
                        "org.springframework.data.jpa.repository.JpaRepository",
                        TypeKind.INTERFACE,
                        EnumSet.of(Origin.SOURCE),
                        SourceLocation.UNKNOWN,
                        0,
                        Set.of(),
                        EnumSet.of(TypeFlag.EXTERNAL)))
                .type(new TypeNode(
                        "com.acme.Missing",
                        TypeKind.CLASS,
                        EnumSet.of(Origin.SOURCE),
                        SourceLocation.UNKNOWN,
                        0,
                        Set.of(),
                        EnumSet.of(TypeFlag.UNRESOLVED)))
                .method(new MethodNode(
                        ORDER_SERVICE,
                        "com.acme.order.Order place(com.acme.customer.Customer)",
                        "place",
                        SourceLocation.of("OrderService.java", 20),
                        Set.of("org.springframework.transaction.annotation.Transactional")))
                .method(new MethodNode(
                        ORDER_CONTROLLER,
                        "com.acme.order.Order post(com.acme.customer.Customer)",
                        "post",
                        SourceLocation.of("OrderController.java", 14),
                        Set.of()))
                .method(new MethodNode(ORDER, "void <init>()", "<init>", orderJava, Set.of()));
        b.dependency(new Dependency(
                ORDER_CONTROLLER,
                ORDER_SERVICE,
                DependencyKind.INVOKES,
                3,
                SourceLocation.of("OrderController.java", 15),
                "com.acme.order.Order post(com.acme.customer.Customer)",
                "com.acme.order.Order place(com.acme.customer.Customer)"));
        b.dependency(new Dependency(
                ORDER_SERVICE,
                ORDER,
                DependencyKind.CONSTRUCTS,
                1,
                SourceLocation.of("OrderService.java", 21),
                "com.acme.order.Order place(com.acme.customer.Customer)",
                "void <init>()"));
        b.dependency(new Dependency(
                ORDER_SERVICE,
                MAILER,
                DependencyKind.INVOKES,
                1,
                SourceLocation.of("OrderService.java", 22),
                "com.acme.order.Order place(com.acme.customer.Customer)",
                "void send(java.lang.String)"));
        b.dependency(Dependency.of(ORDER, CUSTOMER, DependencyKind.FIELD_TYPE, SourceLocation.of("Order.java", 14)));
        b.dependency(Dependency.of(
                REPOSITORY,
                "org.springframework.data.jpa.repository.JpaRepository",
                DependencyKind.EXTENDS,
                SourceLocation.of("OrderRepository.java", 4)));
        b.dependency(Dependency.of(ORDER, "java.io.Serializable", DependencyKind.IMPLEMENTS, SourceLocation.UNKNOWN));
        b.dependency(Dependency.of(ORDER, "com.acme.Missing", DependencyKind.TYPE_ARGUMENT, SourceLocation.UNKNOWN));
        b.dependency(Dependency.of(ORDER, "com.acme.Audited", DependencyKind.ANNOTATED_BY, SourceLocation.UNKNOWN));
        b.dependency(Dependency.of(ORDER, CUSTOMER, DependencyKind.JPA_RELATION, SourceLocation.of("Order.java", 15)));
        b.dependency(Dependency.of(ORDER_SERVICE, PLACED, DependencyKind.PUBLISHES_EVENT, SourceLocation.UNKNOWN));
        b.dependency(Dependency.of(MAILER, PLACED, DependencyKind.LISTENS_TO_EVENT, SourceLocation.UNKNOWN));
        b.dependency(Dependency.of(ORDER_SERVICE, MAILER, DependencyKind.EVENT_FLOW, SourceLocation.UNKNOWN));
        b.dependency(new Dependency(
                ORDER_CONTROLLER,
                ORDER_SERVICE,
                DependencyKind.RUNTIME_CALL,
                1234.5,
                SourceLocation.of("traces.jsonl", 0),
                "",
                ""));
        b.dependency(new Dependency(ORDER, CUSTOMER, DependencyKind.CO_CHANGE, 0.75, SourceLocation.UNKNOWN, "", ""));
        b.dependency(
                Dependency.of(ORDER_SERVICE, "com.acme.Status", DependencyKind.READS_FIELD, SourceLocation.UNKNOWN));
        b.table(new TableNode(
                "orders",
                List.of(
                        new Column("id", "bigint", false, true),
                        new Column("customer_id", "bigint", false, false),
                        new Column("note", "varchar(200)", true, false)),
                List.of(new ForeignKey(List.of("customer_id"), "customer", List.of("id"))),
                Set.of(ORDER),
                EnumSet.of(Origin.SCHEMA, Origin.SOURCE),
                SourceLocation.of("db/migration/V1__orders.sql", 1)));
        b.table(TableNode.named("customer", Origin.SCHEMA, SourceLocation.of("db/migration/V1__orders.sql", 9)));
        b.tableAccess(new TableAccess(
                REPOSITORY,
                "orders",
                AccessKind.READ,
                AccessVia.JPA_REPOSITORY,
                2,
                SourceLocation.of("OrderRepository.java", 6),
                "java.util.List findAll()"));
        b.tableAccess(new TableAccess(
                ORDER_SERVICE, "orders", AccessKind.WRITE, AccessVia.NATIVE_SQL, 1, SourceLocation.UNKNOWN, ""));
        b.tableAccess(new TableAccess(
                MAILER, "mail_log", AccessKind.WRITE, AccessVia.RUNTIME, 17, SourceLocation.UNKNOWN, ""));
        b.entryPoint(EntryPoint.http(
                "POST",
                "/api/orders",
                ORDER_CONTROLLER,
                "com.acme.order.Order post(com.acme.customer.Customer)",
                SourceLocation.of("OrderController.java", 13)));
        b.entryPoint(new EntryPoint(
                "scheduled:com.acme.Nightly#run",
                EntryPointKind.SCHEDULED,
                "com.acme.Nightly",
                "void run()",
                "",
                "",
                SourceLocation.UNKNOWN));
        b.context(new BusinessContext(
                "POST /api/orders",
                "POST /api/orders",
                42,
                Map.of(ORDER_CONTROLLER, 42L, ORDER_SERVICE, 42L, "com.acme.RuntimeOnly", 3L),
                Set.of("customer"),
                Set.of("orders")));
        b.context(new BusinessContext("nightly", "", 1, Map.of(), Set.of(), Set.of()));
        b.problem(
                new AnalysisProblem(ProblemKind.PARSE_ERROR, "unexpected token", SourceLocation.of("Broken.java", 3)));
        b.problem(new AnalysisProblem(ProblemKind.BROKEN_ARCHIVE, "not a zip file", SourceLocation.of("lib/x.jar", 0)));
        b.property("root", "/tmp/shop");
        b.property("carve.version", "0.1.0");
        return b.build();
    }

    /** A random graph of about {@code types} types and {@code edgesPerType} dependencies each; seeded. */
    static CodeGraph random(long seed, int types, int edgesPerType) {
        Random random = new Random(seed);
        CodeGraph.Builder b = CodeGraph.builder();
        List<String> names = new ArrayList<>();
        TypeKind[] kinds = TypeKind.values();
        for (int i = 0; i < types; i++) {
            String name = "p" + random.nextInt(Math.max(1, types / 20)) + ".T" + i;
            names.add(name);
            Set<TypeFlag> flags = random.nextInt(10) == 0 ? EnumSet.of(TypeFlag.TEST) : EnumSet.noneOf(TypeFlag.class);
            b.type(new TypeNode(
                    name,
                    kinds[random.nextInt(kinds.length)],
                    EnumSet.of(Origin.values()[random.nextInt(Origin.values().length)]),
                    SourceLocation.of("src/" + name.replace('.', '/') + ".java", random.nextInt(500)),
                    random.nextInt(1000),
                    random.nextBoolean() ? Set.of("a.Ann" + random.nextInt(3)) : Set.of(),
                    flags));
            if (random.nextBoolean()) {
                b.method(new MethodNode(
                        name, "void m" + i + "(int)", "m" + i, SourceLocation.of("x", random.nextInt(9)), Set.of()));
            }
        }
        DependencyKind[] depKinds = DependencyKind.values();
        for (int i = 0; i < types * edgesPerType; i++) {
            String from = names.get(random.nextInt(names.size()));
            String to =
                    random.nextInt(20) == 0 ? "ext.Lib" + random.nextInt(5) : names.get(random.nextInt(names.size()));
            String member = random.nextBoolean() ? "void m" + random.nextInt(types) + "(int)" : "";
            b.dependency(new Dependency(
                    from,
                    to,
                    depKinds[random.nextInt(depKinds.length)],
                    1 + random.nextInt(5) + (random.nextBoolean() ? 0.5 : 0),
                    SourceLocation.of("f" + random.nextInt(10), random.nextInt(100)),
                    member,
                    random.nextBoolean() ? member : ""));
        }
        for (int i = 0; i < types / 10; i++) {
            String table = "t" + i;
            b.table(new TableNode(
                    table,
                    List.of(new Column("id", "bigint", false, true), new Column("v" + i, "text", true, false)),
                    i > 0 ? List.of(new ForeignKey(List.of("v" + i), "t" + (i - 1), List.of("id"))) : List.of(),
                    Set.of(names.get(random.nextInt(names.size()))),
                    EnumSet.of(Origin.SCHEMA),
                    SourceLocation.of("schema.sql", i + 1)));
            b.tableAccess(new TableAccess(
                    names.get(random.nextInt(names.size())),
                    table,
                    random.nextBoolean() ? AccessKind.READ : AccessKind.WRITE,
                    AccessVia.values()[random.nextInt(AccessVia.values().length)],
                    1 + random.nextInt(3),
                    SourceLocation.UNKNOWN,
                    ""));
        }
        Map<String, Long> calls = new LinkedHashMap<>();
        names.stream().limit(5).forEach(n -> calls.put(n, (long) random.nextInt(100) + 1));
        b.context(new BusinessContext("ctx" + seed, "", 10, calls, Set.of("t0"), Set.of()));
        return b.build();
    }
}
