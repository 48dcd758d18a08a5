package dev.carve.analyzer.cluster;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.util.EnumSet;
import java.util.Set;

/**
 * A small layered shop: order and customer domains spread over controller/service/dao/entity packages, a util used
 * by both, a dead class, a shared table and one call from the order side into the customer DAO.
 */
final class ShopGraph {
    static final String P = "com.shop.";

    private ShopGraph() {}

    static CodeGraph build() {
        CodeGraph.Builder g = CodeGraph.builder();
        for (String domain : new String[] {"Order", "Customer", "Product"}) {
            type(
                    g,
                    P + "controller." + domain + "Controller",
                    Set.of("org.springframework.web.bind.annotation.RestController"));
            type(g, P + "service." + domain + "Service", Set.of("org.springframework.stereotype.Service"));
            type(g, P + "dao." + domain + "Dao", Set.of("org.springframework.stereotype.Repository"));
            type(g, P + "entity." + domain, Set.of("jakarta.persistence.Entity"));
            type(g, P + "entity." + domain + "Line", Set.of("jakarta.persistence.Entity"));
            call(g, P + "controller." + domain + "Controller", P + "service." + domain + "Service", 4);
            call(g, P + "service." + domain + "Service", P + "dao." + domain + "Dao", 5);
            call(g, P + "service." + domain + "Service", P + "entity." + domain, 3);
            call(g, P + "dao." + domain + "Dao", P + "entity." + domain, 3);
            call(g, P + "entity." + domain, P + "entity." + domain + "Line", 2);
            call(g, P + "service." + domain + "Service", P + "util.Strings", 1);
            String table = domain.toLowerCase(java.util.Locale.ROOT) + "s";
            g.table(TableNode.named(table, Origin.SCHEMA, SourceLocation.UNKNOWN));
            g.tableAccess(new TableAccess(
                    P + "dao." + domain + "Dao",
                    table,
                    AccessKind.WRITE,
                    AccessVia.JPA_REPOSITORY,
                    2,
                    SourceLocation.UNKNOWN,
                    ""));
            g.tableAccess(new TableAccess(
                    P + "dao." + domain + "Dao",
                    table,
                    AccessKind.READ,
                    AccessVia.JPA_REPOSITORY,
                    2,
                    SourceLocation.UNKNOWN,
                    ""));
            g.entryPoint(EntryPoint.http(
                    "GET", "/" + table, P + "controller." + domain + "Controller", "list()", SourceLocation.UNKNOWN));
        }
        type(g, P + "util.Strings", Set.of());
        type(g, P + "util.OldReport", Set.of());
        call(g, P + "util.OldReport", P + "util.Strings", 1);
        // the tangle: orders call into the customer DAO and read the customers table
        call(g, P + "service.OrderService", P + "dao.CustomerDao", 3);
        g.tableAccess(new TableAccess(
                P + "service.OrderService",
                "customers",
                AccessKind.READ,
                AccessVia.NATIVE_SQL,
                1,
                SourceLocation.UNKNOWN,
                ""));
        return g.build();
    }

    static void type(CodeGraph.Builder g, String name, Set<String> annotations) {
        g.type(new TypeNode(
                name,
                TypeKind.CLASS,
                EnumSet.of(Origin.SOURCE),
                SourceLocation.of("src/main/java/" + name.replace('.', '/') + ".java", 3),
                20,
                annotations,
                Set.of()));
    }

    static void call(CodeGraph.Builder g, String from, String to, int times) {
        g.dependency(new Dependency(
                from,
                to,
                DependencyKind.INVOKES,
                times,
                SourceLocation.of(from.replace('.', '/') + ".java", 10),
                "",
                "void run()"));
    }
}
