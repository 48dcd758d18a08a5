package dev.carve.analyzer.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.carve.analyzer.CarveException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GraphStoresTest {
    @Test
    void aBarePathBecomesAnAbsoluteNormalizedFileUri() {
        String expected = "file:" + Path.of("x/graph").toAbsolutePath().normalize();
        assertThat(GraphStores.normalize("x/./y/../graph")).isEqualTo(expected);
        assertThat(GraphStores.normalize("file:x/graph")).isEqualTo(expected);
        assertThat(GraphStores.normalize("file:///tmp/a/../g")).isEqualTo("file:/tmp/g");
    }

    @Test
    void memoryAndServerUrisAreKept() {
        assertThat(GraphStores.normalize("memory:")).isEqualTo("memory:");
        assertThat(GraphStores.normalize("bolt://db:7687")).isEqualTo("bolt://db:7687");
        assertThat(GraphStores.normalize("neo4j+s://db:7687")).isEqualTo("neo4j+s://db:7687");
    }

    @Test
    void unknownSchemesAreBadInput() {
        assertThatThrownBy(() -> GraphStores.normalize("http://db:7474"))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("Unknown graph store URI 'http://db:7474'");
        assertThatThrownBy(() -> GraphStores.normalize(" "))
                .isInstanceOf(CarveException.class)
                .hasMessageContaining("--store");
    }

    @Test
    void anUnreachableServerIsBadInput() {
        assertThatThrownBy(() -> GraphStores.open("bolt://127.0.0.1:1", new StoreCredentials("neo4j", "x")))
                .isInstanceOfSatisfying(
                        CarveException.class, e -> assertThat(e.kind()).isEqualTo(CarveException.Kind.BAD_INPUT))
                .hasMessageContaining("No Neo4j server answers at bolt://127.0.0.1:1");
    }
}
