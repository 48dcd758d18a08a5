package dev.carve.analyzer.source;

import static dev.carve.analyzer.Fixtures.edges;
import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.analyzer.Fixtures;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.model.DependencyKind;
import dev.carve.analyzer.model.TypeFlag;
import dev.carve.analyzer.model.TypeKind;
import dev.carve.analyzer.model.TypeNode;
import org.junit.jupiter.api.Test;

class StructureFactsTest {
    private static final CodeGraph G = Fixtures.graph("structure");

    private static String t(String simple) {
        return Fixtures.type("structure", simple);
    }

    @Test
    void declaresEveryTypeWithItsKindLocationAndLinesOfCode() {
        TypeNode square = G.type(t("Square")).orElseThrow();
        assertThat(square.kind()).isEqualTo(TypeKind.CLASS);
        assertThat(square.location().file()).endsWith("Square.java");
        assertThat(square.location().line()).isPositive();
        assertThat(square.linesOfCode()).isBetween(15, 30);
        assertThat(G.type(t("Shape")).orElseThrow().kind()).isEqualTo(TypeKind.INTERFACE);
        assertThat(G.type(t("Marker")).orElseThrow().kind()).isEqualTo(TypeKind.ANNOTATION);
        assertThat(G.type(t("Drawing$Layer")).orElseThrow().kind()).isEqualTo(TypeKind.RECORD);
        assertThat(G.type(t("Square$Corner"))).isPresent();
        assertThat(G.type(t("AbstractShape")).orElseThrow().has(TypeFlag.ABSTRACT))
                .isTrue();
    }

    @Test
    void recordsExtendsAndImplements() {
        assertThat(edges(G, DependencyKind.EXTENDS, t("Square"), t("AbstractShape")))
                .hasSize(1);
        assertThat(edges(G, DependencyKind.IMPLEMENTS, t("AbstractShape"), t("Shape")))
                .hasSize(1);
    }

    @Test
    void recordsFieldTypesAndGenericArgumentsOfFields() {
        assertThat(edges(G, DependencyKind.FIELD_TYPE, t("Drawing"), "java.util.List"))
                .isNotEmpty();
        assertThat(edges(G, DependencyKind.TYPE_ARGUMENT, t("Drawing"), t("Shape")))
                .isNotEmpty();
        assertThat(edges(G, DependencyKind.TYPE_ARGUMENT, t("Drawing"), t("Square$Corner")))
                .isNotEmpty();
        assertThat(edges(G, DependencyKind.FIELD_TYPE, t("Drawing$Layer"), t("Square")))
                .isNotEmpty();
    }

    @Test
    void recordsSignaturesReturnAndThrownTypes() {
        assertThat(edges(G, DependencyKind.RETURN_TYPE, t("Drawing"), t("Shape")))
                .singleElement()
                .satisfies(d -> assertThat(d.fromMember()).isEqualTo(t("Shape") + " largest()"));
        assertThat(edges(G, DependencyKind.THROWS, t("Drawing"), "java.lang.IllegalStateException"))
                .hasSize(1);
        assertThat(G.methods())
                .anyMatch(m -> m.type().equals(t("Square")) && m.signature().equals("void <init>(double)"));
    }

    @Test
    void recordsAnnotationsAndStaticImports() {
        assertThat(edges(G, DependencyKind.ANNOTATED_BY, t("Square"), t("Marker")))
                .hasSize(1);
        assertThat(G.type(t("Square")).orElseThrow().annotations()).contains(t("Marker"));
        assertThat(edges(G, DependencyKind.STATIC_IMPORT, t("Square"), t("Geometry")))
                .singleElement()
                .satisfies(d -> assertThat(d.toMember()).isEqualTo("square"));
        assertThat(edges(G, DependencyKind.INVOKES, t("Square"), t("Geometry")))
                .singleElement()
                .satisfies(d -> assertThat(d.toMember()).isEqualTo("double square(double)"));
    }

    @Test
    void keepsLibraryTypesAsExternalPlaceholders() {
        assertThat(G.type("java.util.List").orElseThrow().has(TypeFlag.EXTERNAL))
                .isTrue();
        assertThat(G.applicationTypes()).noneMatch(t -> t.name().startsWith("java."));
    }
}
