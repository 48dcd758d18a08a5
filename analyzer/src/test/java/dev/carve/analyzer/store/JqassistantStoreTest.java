package dev.carve.analyzer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.MethodNode;
import dev.carve.analyzer.model.Origin;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store in jQAssistant's shape, on disk, read as analysis input ({@code carve analyze --jqassistant-store}). */
class JqassistantStoreTest {
    @TempDir
    static Path dir;

    static CodeGraph graph;

    @BeforeAll
    static void writeAndReadAJqassistantStore() throws IOException {
        Path store = dir.resolve("jqassistant/store");
        String fixture;
        try (InputStream in = JqassistantStoreTest.class.getResourceAsStream("jqassistant-shop.cypher")) {
            fixture = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^//.*$", "");
        }
        try (EmbeddedNeo4j db = EmbeddedNeo4j.open(store, EmbeddedNeo4j.BoltAccess.NONE)) {
            db.write(fixture, Map.of());
        }
        graph = JqassistantStore.read(store);
    }

    @Test
    void readsTheScannedTypesWithTheirKindsAndAnnotations() {
        assertThat(graph.applicationTypes().map(TypeNode::name))
                .containsExactlyInAnyOrder(
                        "com.acme.Order",
                        "com.acme.OrderService",
                        "com.acme.Orders",
                        "com.acme.Entity",
                        "com.acme.Status");
        TypeNode service = graph.type("com.acme.OrderService").orElseThrow();
        assertThat(service.origins()).containsExactly(Origin.BYTECODE);
        assertThat(service.annotations()).containsExactly("org.springframework.stereotype.Service");
        assertThat(service.location().file()).isEqualTo("com/acme/OrderService.class");
        assertThat(graph.type("com.acme.Orders").orElseThrow().kind()).isEqualTo(TypeKind.INTERFACE);
        assertThat(graph.type("com.acme.Status").orElseThrow().kind()).isEqualTo(TypeKind.ENUM);
        assertThat(graph.type("com.acme.Entity").orElseThrow().flags()).containsExactly(TypeFlag.ABSTRACT);
        assertThat(graph.type("java.lang.String").orElseThrow().flags()).containsExactly(TypeFlag.EXTERNAL);
    }

    @Test
    void readsMethodsWithJqassistantSignatures() {
        assertThat(graph.methods().stream().map(m -> m.type() + "#" + m.signature()))
                .contains(
                        "com.acme.OrderService#com.acme.Order place(java.lang.String)",
                        "com.acme.Order#void <init>()",
                        "com.acme.Order#long total()");
        assertThat(graph.methods().stream()
                        .filter(m -> m.name().equals("place"))
                        .map(MethodNode::location))
                .singleElement()
                .satisfies(at -> assertThat(at.line()).isEqualTo(12));
    }

    @Test
    void mapsJqassistantRelationshipsToDependencyKinds() {
        assertThat(edges())
                .contains(
                        "com.acme.Order EXTENDS com.acme.Entity",
                        "com.acme.OrderService IMPLEMENTS com.acme.Orders",
                        "com.acme.OrderService CONSTRUCTS com.acme.Order void <init>()",
                        "com.acme.OrderService INVOKES com.acme.Order long total()",
                        "com.acme.OrderService WRITES_FIELD com.acme.Order id",
                        "com.acme.OrderService RETURN_TYPE com.acme.Order",
                        "com.acme.OrderService PARAMETER_TYPE java.lang.String",
                        "com.acme.OrderService ANNOTATED_BY org.springframework.stereotype.Service",
                        "com.acme.Order FIELD_TYPE com.acme.Status",
                        "com.acme.OrderService TYPE_ARGUMENT java.util.List")
                .noneMatch(e -> e.contains("java.lang.Object") || e.contains(" long") && e.contains("RETURN_TYPE"));
    }

    @Test
    void foldsAnonymousClassesIntoTheirEnclosingType() {
        assertThat(graph.hasType("com.acme.OrderService$1")).isFalse();
        assertThat(graph.dependencies(DependencyKind.INVOKES)
                        .filter(d -> d.toMember().equals("long total()")))
                .extracting(d -> d.from() + " " + d.fromMember())
                .containsExactlyInAnyOrder(
                        "com.acme.OrderService com.acme.Order place(java.lang.String)",
                        "com.acme.OrderService void run()");
    }

    @Test
    void keepsOnlyTheDependsOnPairsNoOtherFactExplains() {
        Set<String> typeArguments = graph.dependencies(DependencyKind.TYPE_ARGUMENT)
                .map(d -> d.from() + "->" + d.to())
                .collect(Collectors.toSet());
        assertThat(typeArguments).containsExactly("com.acme.OrderService->java.util.List");
    }

    @Test
    void aDirectoryThatIsNoStoreIsBadInput() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThatThrownBy(() -> JqassistantStore.read(empty))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("not a jQAssistant store");
    }

    private static Set<String> edges() {
        return graph.dependencies().stream()
                .map(d ->
                        d.from() + " " + d.kind() + " " + d.to() + (d.toMember().isEmpty() ? "" : " " + d.toMember()))
                .collect(Collectors.toSet());
    }
}
