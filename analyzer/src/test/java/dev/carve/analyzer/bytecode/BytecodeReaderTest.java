package dev.carve.analyzer.bytecode;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.EntryPoint;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.TableNode;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeNode;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bytecode reader finds in the compiled scenario fixtures what the source reader finds in their sources. */
class BytecodeReaderTest {
    private static final String DATA = Fixtures.PACKAGE + "data.";

    @ParameterizedTest
    @ValueSource(strings = {"structure", "calls", "events", "data", "entrypoints"})
    void agreesWithTheSourceReaderOnTypeLevelDependencies(String scenario) {
        String pkg = Fixtures.PACKAGE + scenario + ".";
        assertThat(pairs(BytecodeFixtures.graph(scenario), pkg)).isEqualTo(pairs(Fixtures.graph(scenario), pkg));
        assertThat(BytecodeFixtures.graph(scenario).dependencies()).hasSizeGreaterThan(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"structure", "calls", "events", "data", "entrypoints"})
    void declaresTheSameTypesAndEveryMethodTheSourcesDeclare(String scenario) {
        String pkg = Fixtures.PACKAGE + scenario + ".";
        CodeGraph source = Fixtures.graph(scenario);
        CodeGraph bytecode = BytecodeFixtures.graph(scenario);
        assertThat(declared(bytecode, pkg)).isEqualTo(declared(source, pkg));
        assertThat(bytecode.types().stream().filter(t -> t.name().startsWith(pkg)))
                .allMatch(t -> t.origins().equals(Set.of(Origin.BYTECODE)));
        Set<String> sourceMethods = collect(source.methods().stream()
                .filter(m -> m.type().startsWith(pkg))
                .map(m -> m.type() + "#" + m.signature()));
        assertThat(collect(bytecode.methods().stream().map(m -> m.type() + "#" + m.signature())))
                .containsAll(sourceMethods);
    }

    @ParameterizedTest
    @ValueSource(strings = {"structure", "calls", "events", "data", "entrypoints"})
    void namesTheSameCalleesAsTheSourceReader(String scenario) {
        String pkg = Fixtures.PACKAGE + scenario + ".";
        Function<CodeGraph, Set<String>> calls = g -> collect(g.dependencies().stream()
                .filter(d -> d.kind() == DependencyKind.INVOKES || d.kind() == DependencyKind.CONSTRUCTS)
                .filter(d -> d.from().startsWith(pkg) && d.to().startsWith(pkg))
                .map(d -> d.from() + " " + d.kind() + " " + d.to() + "#" + d.toMember()));
        assertThat(calls.apply(BytecodeFixtures.graph(scenario))).isEqualTo(calls.apply(Fixtures.graph(scenario)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"events", "entrypoints"})
    void findsTheSameEntryPointsAsTheSourceReader(String scenario) {
        Function<CodeGraph, Set<String>> ids =
                g -> collect(g.entryPoints().stream().map(e -> e.id() + " " + e.kind() + " " + e.method()));
        assertThat(ids.apply(BytecodeFixtures.graph(scenario)))
                .isNotEmpty()
                .isEqualTo(ids.apply(Fixtures.graph(scenario)));
    }

    @Test
    void mapsJpaEntitiesToTheTablesTheSourceReaderNames() {
        CodeGraph bytecode = BytecodeFixtures.graph("data");
        CodeGraph source = Fixtures.graph("data");
        Function<CodeGraph, Set<String>> entityTables = g -> collect(g.tables().stream()
                .filter(t -> !t.entities().isEmpty())
                .map(t -> t.name() + " " + t.entities() + " "
                        + t.columns().stream().map(c -> c.name()).sorted().toList() + " "
                        + t.foreignKeys().stream()
                                .map(fk -> fk.columns() + "->" + fk.referencedTable())
                                .sorted()
                                .toList()));
        assertThat(entityTables.apply(bytecode)).hasSize(3).isEqualTo(entityTables.apply(source));
        assertThat(bytecode.type(DATA + "PurchaseOrder").orElseThrow().flags()).contains(TypeFlag.ENTITY);
        assertThat(accesses(bytecode))
                .contains(
                        "OrderRepository READ orders JPA_REPOSITORY",
                        "OrderRepository WRITE orders JPA_REPOSITORY",
                        "OrderRepository READ audit_trail NATIVE_SQL",
                        "ReportingDao READ customer JDBC_TEMPLATE",
                        "ReportingDao WRITE audit_trail JDBC_TEMPLATE")
                .isSubsetOf(accesses(source));
    }

    @Test
    void findsPublishersListenersAndTheEventFlowsBetweenThem() {
        String pkg = Fixtures.PACKAGE + "events.";
        Function<CodeGraph, Set<String>> events = g -> collect(g.dependencies().stream()
                .filter(d -> d.kind().isAsynchronous())
                .map(d -> d.from() + " " + d.kind() + " " + d.to() + " " + d.toMember()));
        assertThat(events.apply(BytecodeFixtures.graph("events")))
                .contains(pkg + "OrderService EVENT_FLOW " + pkg + "ShippingConsumer void consume(" + pkg
                        + "OrderPlaced)")
                .isEqualTo(events.apply(Fixtures.graph("events")));
    }

    @Test
    void keepsLibraryTypesAsExternalNodes() {
        CodeGraph bytecode = BytecodeFixtures.graph("calls");
        assertThat(bytecode.type("java.lang.String").orElseThrow().flags()).containsExactly(TypeFlag.EXTERNAL);
        assertThat(bytecode.applicationTypes().map(TypeNode::name)).allMatch(n -> n.startsWith(Fixtures.PACKAGE));
    }

    static Set<String> accesses(CodeGraph g) {
        return collect(g.tableAccesses().stream()
                .map(a -> Names.simple(a.type()) + " " + a.access() + " " + a.table() + " " + a.via()));
    }

    static Set<String> declared(CodeGraph g, String pkg) {
        return collect(g.types().stream()
                .filter(TypeNode::isApplicationType)
                .filter(t -> t.name().startsWith(pkg))
                .map(t -> t.name() + " " + t.kind() + " "
                        + t.annotations().stream().sorted().toList()));
    }

    /** "From -> To" for every static dependency between two types of the scenario. */
    static Set<String> pairs(CodeGraph g, String pkg) {
        return collect(g.dependencies().stream()
                .filter(d -> d.kind().category() != DependencyKind.Category.EVENT)
                .filter(d -> d.from().startsWith(pkg)
                        && d.to().startsWith(pkg)
                        && !d.from().equals(d.to()))
                .map(d -> d.from() + " -> " + d.to()));
    }

    static Set<String> collect(java.util.stream.Stream<String> s) {
        return s.collect(Collectors.toCollection(TreeSet::new));
    }

    static Set<String> ids(CodeGraph g) {
        return collect(g.entryPoints().stream().map(EntryPoint::id));
    }

    static Set<String> tables(CodeGraph g) {
        return collect(g.tables().stream().map(TableNode::name));
    }
}
