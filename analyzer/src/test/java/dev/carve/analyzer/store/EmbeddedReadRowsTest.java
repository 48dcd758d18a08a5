package dev.carve.analyzer.store;

import static dev.carve.analyzer.store.GraphAssertions.assertSameGraph;

import dev.carve.analyzer.model.CodeGraph;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The embedded store's core-API reader gives exactly the graph the Cypher read statements give. */
class EmbeddedReadRowsTest {
    private static EmbeddedNeo4j neo4j;
    private static CypherGraphStore store;

    @BeforeAll
    static void open() {
        neo4j = EmbeddedNeo4j.temporary();
        store = new CypherGraphStore(neo4j, "memory:");
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void readsWhatTheCypherStatementsRead() {
        CodeGraph shop = GraphFixtures.shop();
        store.replace(shop);
        assertSameGraph(new GraphReader(new EmbeddedReadRows(neo4j.database())).read(), shop);
        assertSameGraph(new GraphReader(new EmbeddedReadRows(neo4j.database())).read(), new GraphReader(neo4j).read());
    }

    @Test
    void readsSeededRandomGraphsAsCypherDoes() {
        for (long seed = 11; seed <= 13; seed++) {
            store.replace(GraphFixtures.random(seed, 120, 4));
            assertSameGraph(
                    new GraphReader(new EmbeddedReadRows(neo4j.database())).read(), new GraphReader(neo4j).read());
        }
    }
}
