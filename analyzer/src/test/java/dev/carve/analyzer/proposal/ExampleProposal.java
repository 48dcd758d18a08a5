package dev.carve.analyzer.proposal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A small, complete proposal: every field set, as the format documentation shows it. */
final class ExampleProposal {
    private ExampleProposal() {}

    private static <V> Map<String, V> ordered(String k1, V v1, String k2, V v2) {
        Map<String, V> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    static Proposal build() {
        Map<String, Double> values = new LinkedHashMap<>();
        values.put(Metrics.MODULARITY, 0.41);
        values.put(Metrics.COUPLING, 0.18);
        values.put(Metrics.COHESION, 0.77);
        values.put(Metrics.TABLE_PURITY, 0.9);
        values.put(Metrics.NED, 0.0);
        Metrics metrics = new Metrics(values);
        ModuleDependency.Edge call = new ModuleDependency.Edge(
                "com.acme.service.OrderService",
                "com.acme.dao.CustomerDao",
                "sync-call",
                3,
                List.of("com.acme.entity.Customer find(long)"),
                "src/main/java/com/acme/service/OrderService.java:42");
        ModuleDependency orderToCustomer = new ModuleDependency("order", "customer", 3, 0, 2, 1, 0, List.of(call));
        ModuleDependency.Edge event = new ModuleDependency.Edge(
                "com.acme.service.CustomerService", "com.acme.service.OrderListener", "event", 1, List.of(), "");
        ModuleDependency customerToOrder = new ModuleDependency("customer", "order", 0, 1, 0, 0, 0, List.of(event));
        RightSizing orderSizing = new RightSizing(
                2,
                180,
                1,
                6,
                1,
                1,
                1,
                0,
                0,
                0,
                0,
                1,
                RightSizing.EXTRACT_SERVICE,
                "",
                List.of("owns its tables (orders)", "few incoming dependencies (1)"),
                0.0,
                0.1,
                "customer",
                0.86,
                false);
        RightSizing customerSizing = new RightSizing(
                2,
                120,
                6,
                1,
                1,
                1,
                0,
                0,
                0,
                0,
                0,
                1,
                RightSizing.MODULITH_MODULE,
                "",
                List.of("6 dependency occurrences from order: extracting it would put a network call on their path"),
                3.0,
                0.45,
                "order",
                1.0,
                false);
        Module order = new Module(
                "order",
                List.of("com.acme.service.OrderListener", "com.acme.service.OrderService"),
                List.of("order"),
                List.of("POST /orders"),
                List.of("orders"),
                List.of(orderToCustomer),
                List.of(customerToOrder),
                List.of(List.of("order", "customer")),
                orderSizing);
        Module customer = new Module(
                "customer",
                List.of("com.acme.dao.CustomerDao", "com.acme.service.CustomerService"),
                List.of("customer"),
                List.of("GET /customers/{id}"),
                List.of("customer"),
                List.of(customerToOrder),
                List.of(orderToCustomer),
                List.of(List.of("order", "customer")),
                customerSizing);
        ClassPlacement placement = new ClassPlacement(
                "com.acme.service.OrderService",
                "order",
                ClassPlacement.MEMBER,
                "",
                List.of(new ClassPlacement.Tie(
                        "com.acme.service.OrderListener", "order", 2.5, ordered("static", 1.0, "names", 1.5))),
                List.of(new ClassPlacement.TableUse("orders", "read-write")),
                List.of("POST /orders"),
                List.of(new ClassPlacement.Affinity("order", 2.5), new ClassPlacement.Affinity("customer", 1.1)),
                "customer",
                0.39);
        TableOwnership orders = new TableOwnership(
                "orders",
                "order",
                List.of(new TableOwnership.Access("order", List.of("com.acme.service.OrderService"))),
                List.of(new TableOwnership.Access("customer", List.of("com.acme.service.CustomerService"))),
                true,
                TableOwnership.API,
                "customer reads it: serve those reads from an order API");
        ExtractionStep.Cut cut = new ExtractionStep.Cut(
                "api",
                "com.acme.service.OrderService",
                "com.acme.dao.CustomerDao",
                "order",
                "customer",
                3,
                List.of("com.acme.entity.Customer find(long)"),
                "3 calls from OrderService into CustomerDao must go through an API");
        return new Proposal(
                Proposal.FORMAT_VERSION,
                "Carve 0.1.0-SNAPSHOT",
                new Source(
                        "file:/work/shop/.carve/graph",
                        "2026-11-23T10:00:00Z",
                        5,
                        12,
                        2,
                        false,
                        "by-layer",
                        "com.acme",
                        List.of(new Source.Signal("static", 1.0, 8), new Source.Signal("names", 0.6, 4))),
                new Settings(42, List.of(0.5, 1.0), 0, "highest modularity of the balanced candidates", "default", ""),
                "k2",
                List.of(order, customer),
                List.of(new KernelClass(
                        "com.acme.util.Money", List.of("order", "customer"), "order", "used by 2 of 2 modules")),
                List.of(new DeadClass(
                        "com.acme.util.OldReport",
                        "no dependency into it and no entry point",
                        "src/main/java/com/acme/util/OldReport.java:3")),
                List.of(placement),
                List.of(orders),
                List.of(new Candidate(
                        "k2",
                        1.0,
                        2,
                        true,
                        0.41,
                        metrics,
                        ordered("order", order.members(), "customer", customer.members()))),
                new ConstraintReport(
                        "carve-constraints.yaml",
                        List.of(new ConstraintReport.Outcome(
                                "pin com.acme.dao.CustomerDao -> customer", "pin", 1, 0, 0.0)),
                        0.0,
                        metrics),
                List.of(new ExtractionStep(1, "order", 3.5, 1, 1, List.of("customer"), 2, List.of(cut))),
                metrics,
                List.of("no runtime data: runtime signals and Mono2Micro metrics are absent"));
    }
}
