package dev.carve.analyzer.data;

import static dev.carve.analyzer.Fixtures.edges;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Column;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.ForeignKey;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.ProblemKind;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import org.junit.jupiter.api.Test;

class DataFactsTest {
    private static final CodeGraph G = Fixtures.graph("data");

    private static String t(String simple) {
        return Fixtures.type("data", simple);
    }

    private static boolean accesses(String type, String table, AccessKind kind, AccessVia via) {
        return G.tableAccesses().stream()
                .anyMatch(
                        a -> a.type().equals(type) && a.table().equals(table) && a.access() == kind && a.via() == via);
    }

    @Test
    void entitiesMapToTablesThatMergeWithTheirDdl() {
        TableNode orders = G.table("orders").orElseThrow();
        assertThat(orders.entities()).containsExactly(t("PurchaseOrder"));
        assertThat(orders.origins()).contains(Origin.SCHEMA, Origin.SOURCE);
        assertThat(orders.primaryKey()).containsExactly("id");
        assertThat(orders.columns()).extracting(Column::name).contains("total_cents", "customer_id");
        assertThat(orders.foreignKeys()).extracting(ForeignKey::referencedTable).contains("customer");
        assertThat(G.table("customer").orElseThrow().entities()).containsExactly(t("Customer"));
        assertThat(G.table("order_line").orElseThrow().foreignKeys())
                .extracting(ForeignKey::referencedTable)
                .containsExactly("orders");
    }

    @Test
    void relationshipsAreJpaRelationEdges() {
        assertThat(edges(G, DependencyKind.JPA_RELATION, t("PurchaseOrder"), t("Customer")))
                .hasSize(1);
        assertThat(edges(G, DependencyKind.JPA_RELATION, t("PurchaseOrder"), t("OrderLine")))
                .hasSize(1);
        assertThat(edges(G, DependencyKind.JPA_RELATION, t("OrderLine"), t("PurchaseOrder")))
                .hasSize(1);
    }

    @Test
    void repositoriesAndQueriesReadAndWriteTheirTables() {
        assertThat(accesses(t("OrderRepository"), "orders", AccessKind.READ, AccessVia.JPA_REPOSITORY))
                .isTrue();
        assertThat(accesses(t("OrderRepository"), "orders", AccessKind.WRITE, AccessVia.JPA_REPOSITORY))
                .isTrue();
        assertThat(accesses(t("OrderRepository"), "orders", AccessKind.READ, AccessVia.JPQL))
                .isTrue();
        assertThat(accesses(t("OrderRepository"), "audit_trail", AccessKind.READ, AccessVia.NATIVE_SQL))
                .isTrue();
    }

    @Test
    void jdbcTemplateSqlIsParsedIntoReadsAndWrites() {
        assertThat(accesses(t("ReportingDao"), "orders", AccessKind.READ, AccessVia.JDBC_TEMPLATE))
                .isTrue();
        assertThat(accesses(t("ReportingDao"), "customer", AccessKind.READ, AccessVia.JDBC_TEMPLATE))
                .isTrue();
        assertThat(accesses(t("ReportingDao"), "audit_trail", AccessKind.WRITE, AccessVia.JDBC_TEMPLATE))
                .isTrue();
        assertThat(accesses(t("ReportingDao"), "customer", AccessKind.WRITE, AccessVia.JPA_ENTITY))
                .isTrue();
        TableAccess write = G.tableAccesses().stream()
                .filter(a -> a.table().equals("audit_trail") && a.access() == AccessKind.WRITE)
                .findFirst()
                .orElseThrow();
        assertThat(write.member()).isEqualTo("void archive(long)");
        assertThat(write.location().line()).isPositive();
    }

    @Test
    void liquibaseXmlAndYamlChangelogsDeclareTables() {
        assertThat(G.table("loyalty_account").orElseThrow().foreignKeys())
                .containsExactly(new ForeignKey(java.util.List.of("customer_id"), "customer", java.util.List.of("id")));
        assertThat(G.table("loyalty_points").orElseThrow().foreignKeys())
                .extracting(ForeignKey::referencedTable)
                .containsExactly("loyalty_account");
    }

    @Test
    void myBatisStatementsAreAccessesOfTheMapperType() {
        assertThat(accesses(t("LoyaltyMapper"), "loyalty_points", AccessKind.READ, AccessVia.MYBATIS))
                .isTrue();
        assertThat(accesses(t("LoyaltyMapper"), "loyalty_points", AccessKind.WRITE, AccessVia.MYBATIS))
                .isTrue();
    }

    @Test
    void unknownSqlConstructsAreReportedWithFileAndLineAndReadingGoesOn() {
        assertThat(G.problems())
                .filteredOn(p -> p.kind() == ProblemKind.UNSUPPORTED_SQL)
                .anySatisfy(p -> {
                    assertThat(p.location().file()).endsWith("V2__lines.sql");
                    assertThat(p.location().line()).isEqualTo(17);
                })
                .anySatisfy(p -> assertThat(p.location().file()).endsWith("ReportingDao.java"));
        assertThat(G.table("audit_trail")).isPresent(); // declared after the function body, before the broken one
    }
}
