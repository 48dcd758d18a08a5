package dev.carve.analyzer.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.model.AccessKind;
import dev.carve.analyzer.model.AccessVia;
import dev.carve.analyzer.model.BusinessContext;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.Dependency;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.SourceLocation;
import dev.carve.analyzer.model.TableAccess;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.proposal.RightSizing;
import dev.carve.analyzer.proposal.TableOwnership;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The right-sizing verdicts on small constructed graphs whose modules are given, so each test isolates one rule:
 * a module's classes are named {@code <module>.C<i>}, the first one is its controller (an HTTP entry point) and writes
 * the module's table.
 */
class RightSizingTest {

    @Test
    void extractsAnIndependentModuleWithItsOwnEntryPointAndTables() {
        Scenario s = new Scenario().module("billing", 6).module("order", 6).call("order.C1", "billing.C1", 2);
        Map<String, RightSizing> v = s.verdicts();
        assertThat(v.get("billing").verdict()).isEqualTo(RightSizing.EXTRACT_SERVICE);
        assertThat(v.get("billing").reasons()).anyMatch(r -> r.contains("no dependency cycle"));
        assertThat(v.get("order").verdict()).isEqualTo(RightSizing.EXTRACT_SERVICE);
    }

    @Test
    void keepsModulesInACycleAsModulithModules() {
        Scenario s = new Scenario()
                .module("billing", 6)
                .module("order", 6)
                .call("order.C1", "billing.C1", 2)
                .call("billing.C2", "order.C2", 2);
        Map<String, RightSizing> v = s.verdicts();
        assertThat(v.get("billing").verdict()).isEqualTo(RightSizing.MODULITH_MODULE);
        assertThat(v.get("billing").inCycle()).isTrue();
        assertThat(v.get("billing").reasons()).anyMatch(r -> r.contains("dependency cycle"));
    }

    @Test
    void keepsAModuleWhoseTableAnotherModuleWritesInside() {
        Scenario s = new Scenario()
                .module("billing", 6)
                .module("order", 6)
                .call("order.C1", "billing.C1", 1)
                .writes("order.C3", "billing_table");
        Map<String, RightSizing> v = s.verdicts();
        assertThat(v.get("billing").verdict()).isEqualTo(RightSizing.MODULITH_MODULE);
        assertThat(v.get("billing").sharedTables()).isEqualTo(1);
        assertThat(v.get("billing").reasons()).anyMatch(r -> r.contains("shares 1 table"));
    }

    @Test
    void keepsAModuleThatATransactionSpansWithAnotherOne() {
        Scenario s = new Scenario()
                .module("billing", 6)
                .module("order", 6)
                .call("order.C1", "billing.C1", 1)
                .context("place order", 10, Set.of("order.C1", "billing.C1"), Set.of("order_table", "billing_table"));
        Map<String, RightSizing> v = s.verdicts();
        assertThat(v.get("billing").crossModuleTransactions()).isEqualTo(1);
        assertThat(v.get("billing").verdict()).isEqualTo(RightSizing.MODULITH_MODULE);
        assertThat(v.get("billing").reasons()).anyMatch(r -> r.contains("transaction"));
    }

    @Test
    void keepsAModuleEveryoneCallsInside() {
        Scenario s = new Scenario().module("billing", 6).module("order", 6).module("customer", 6);
        for (int i = 1; i <= 6; i++) {
            s.call("order.C" + i, "billing.C2", 2).call("customer.C" + i, "billing.C3", 2);
        }
        Map<String, RightSizing> v = s.verdicts();
        assertThat(v.get("billing").verdict()).isEqualTo(RightSizing.MODULITH_MODULE);
        assertThat(v.get("billing").syncCallsIn()).isGreaterThan(12.0);
        assertThat(v.get("billing").reasons()).anyMatch(r -> r.contains("other modules' paths"));
    }

    @Test
    void keepsAModuleWhoseHotPathsCrossItsBoundary() {
        Scenario s = new Scenario()
                .module("billing", 6)
                .module("order", 6)
                .call("order.C1", "billing.C1", 1)
                .runtime("order.C1", "billing.C1", 900)
                .runtime("billing.C1", "billing.C2", 100)
                .context("pay", 10, Set.of("billing.C1"), Set.of());
        Map<String, RightSizing> v = s.verdicts();
        assertThat(v.get("billing").hotPathShare()).isEqualTo(0.9);
        assertThat(v.get("billing").verdict()).isEqualTo(RightSizing.MODULITH_MODULE);
        assertThat(v.get("billing").reasons()).anyMatch(r -> r.contains("hot paths"));
    }

    @Test
    void mergesATinyModuleIntoItsStrongestPartner() {
        Scenario s = new Scenario()
                .module("billing", 6)
                .module("order", 6)
                .module("audit", 2)
                .call("audit.C1", "order.C2", 3)
                .call("audit.C2", "billing.C2", 1);
        RightSizing audit = s.verdicts().get("audit");
        assertThat(audit.verdict()).isEqualTo(RightSizing.MERGE);
        assertThat(audit.mergeWith()).isEqualTo("order");
        assertThat(audit.partner()).isEqualTo("order");
        assertThat(audit.partnerShare()).isEqualTo(0.75);
    }

    @Test
    void mergesASmallModuleBoundToItsOnlySynchronousPartner() {
        Scenario s = new Scenario().module("billing", 6).module("tax", 4).call("billing.C1", "tax.C1", 5);
        RightSizing tax = s.verdicts().get("tax");
        assertThat(tax.verdict()).isEqualTo(RightSizing.MERGE);
        assertThat(tax.mergeWith()).isEqualTo("billing");
        assertThat(tax.reasons()).anyMatch(r -> r.contains("only synchronous partner"));
    }

    @Test
    void mergesModulesThatChangeTogether() {
        Scenario s = new Scenario().module("billing", 6).module("order", 6).call("order.C1", "billing.C1", 1);
        for (int i = 1; i <= 6; i++) {
            s.coChange("order.C" + i, "billing.C" + i, 3);
        }
        s.coChange("billing.C1", "billing.C2", 1);
        RightSizing billing = s.verdicts().get("billing");
        assertThat(billing.changeCoupling()).isGreaterThan(0.9);
        assertThat(billing.verdict()).isEqualTo(RightSizing.MERGE);
        assertThat(billing.mergeWith()).isEqualTo("order");
    }

    @Test
    void keepsASmallModuleWithoutAnEntryPointInside() {
        Scenario s = new Scenario()
                .module("billing", 6)
                .module("order", 6)
                .module("report", 4, false)
                .call("report.C1", "order.C2", 1)
                .call("report.C2", "billing.C2", 1);
        RightSizing report = s.verdicts().get("report");
        assertThat(report.verdict()).isEqualTo(RightSizing.MODULITH_MODULE);
        assertThat(report.reasons())
                .anyMatch(r -> r.contains("no entry point"))
                .anyMatch(r -> r.contains("small (4 classes)"));
    }

    @Test
    void namesTheDistinctRuntimeLoadOfAServiceCandidate() {
        Scenario s = new Scenario()
                .module("billing", 6)
                .module("order", 6)
                .call("order.C1", "billing.C1", 1)
                .runtime("billing.C1", "billing.C2", 50)
                .context("pay", 30, Set.of("billing.C1", "billing.C2"), Set.of("billing_table"))
                .context("list orders", 70, Set.of("order.C1"), Set.of());
        RightSizing billing = s.verdicts().get("billing");
        assertThat(billing.verdict()).isEqualTo(RightSizing.EXTRACT_SERVICE);
        assertThat(billing.runtimeLoad()).isEqualTo(0.3);
        assertThat(billing.reasons()).anyMatch(r -> r.contains("distinct load"));
    }

    /** A graph whose module of every class is fixed by its name. */
    static final class Scenario {
        private final CodeGraph.Builder g = CodeGraph.builder();
        private final Map<String, String> moduleOf = new LinkedHashMap<>();

        Scenario module(String name, int classes) {
            return module(name, classes, true);
        }

        Scenario module(String name, int classes, boolean entryPoint) {
            for (int i = 1; i <= classes; i++) {
                String c = name + ".C" + i;
                ShopGraph.type(g, c, Set.of());
                moduleOf.put(c, name);
                if (i > 1) {
                    ShopGraph.call(g, name + ".C1", c, 2);
                }
            }
            if (entryPoint) {
                g.entryPoint(EntryPoint.http("GET", "/" + name, name + ".C1", "get()", SourceLocation.UNKNOWN));
                writes(name + ".C1", name + "_table");
            }
            return this;
        }

        Scenario call(String from, String to, int times) {
            ShopGraph.call(g, from, to, times);
            return this;
        }

        Scenario writes(String cls, String table) {
            g.table(TableNode.named(table, Origin.SCHEMA, SourceLocation.UNKNOWN));
            g.tableAccess(new TableAccess(
                    cls, table, AccessKind.WRITE, AccessVia.JPA_REPOSITORY, 1, SourceLocation.UNKNOWN, ""));
            return this;
        }

        Scenario runtime(String from, String to, double volume) {
            g.dependency(new Dependency(from, to, DependencyKind.RUNTIME_CALL, volume, SourceLocation.UNKNOWN, "", ""));
            return this;
        }

        Scenario coChange(String a, String b, double weight) {
            g.dependency(new Dependency(a, b, DependencyKind.CO_CHANGE, weight, SourceLocation.UNKNOWN, "", ""));
            return this;
        }

        Scenario context(String name, long invocations, Set<String> classes, Set<String> written) {
            Map<String, Long> calls = new LinkedHashMap<>();
            classes.forEach(c -> calls.put(c, 1L));
            g.context(new BusinessContext(name, "", invocations, calls, Set.of(), written));
            return this;
        }

        Map<String, RightSizing> verdicts() {
            CodeGraph code = g.build();
            List<String> classes = new ArrayList<>(moduleOf.keySet());
            ClassUniverse universe = new ClassUniverse(classes, code);
            AffinityGraph affinity = AffinityGraph.build(
                    universe,
                    List.of(new StaticDependencySignal()),
                    Map.of(StaticDependencySignal.NAME, 1.0),
                    SuggestProfile.defaults());
            List<String> names = moduleOf.values().stream().distinct().toList();
            int[] labels = new int[classes.size()];
            for (int i = 0; i < classes.size(); i++) {
                labels[universe.indexOf(classes.get(i))] = names.indexOf(moduleOf.get(classes.get(i)));
            }
            Boundaries b = new Boundaries(affinity, labels, names, Map.of());
            CrossingEdges crossing = new CrossingEdges(b);
            Map<String, List<String>> members = b.members();
            List<TableOwnership> tables = DataOwnership.assign(b, crossing);
            return RightSizingEvidence.assess(
                    b,
                    members,
                    crossing,
                    ModuleCycles.find(new ArrayList<>(members.keySet()), crossing),
                    tables,
                    entryPoints(code));
        }

        private Map<String, List<String>> entryPoints(CodeGraph code) {
            Map<String, List<String>> out = new LinkedHashMap<>();
            code.entryPoints()
                    .forEach(e -> out.computeIfAbsent(moduleOf.get(e.type()), k -> new ArrayList<>())
                            .add(e.id()));
            return out;
        }
    }
}
