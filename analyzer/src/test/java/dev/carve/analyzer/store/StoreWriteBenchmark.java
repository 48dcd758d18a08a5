package dev.carve.analyzer.store;

import dev.carve.analyzer.model.CodeGraph;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Not a test: times replace and load of a seeded random graph on a file: store. Run by
 * {@code benchmarks/store/run}; arguments: types, dependencies per type, store directory.
 */
public final class StoreWriteBenchmark {
    private StoreWriteBenchmark() {}

    public static void main(String[] args) throws Exception {
        int types = args.length > 0 ? Integer.parseInt(args[0]) : 50_000;
        int perType = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Path dir = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("carve-store-bench");
        CodeGraph graph = GraphFixtures.random(42, types, perType);
        try (GraphStore store = GraphStores.open("file:" + dir)) {
            store.replace(CodeGraph.empty());
            long start = System.nanoTime();
            store.replace(graph);
            double write = (System.nanoTime() - start) / 1e9;
            ((CypherGraphStore) store).lastTimings.forEach((k, v) -> System.err.printf("  %-45s %6.2f s%n", k, v));
            long nodes = (Long) store.query("MATCH (n:Carve) RETURN count(n)", java.util.Map.of())
                    .rows()
                    .get(0)
                    .get(0);
            long rels = (Long) store.query("MATCH (:Carve)-[r]->() RETURN count(r)", java.util.Map.of())
                    .rows()
                    .get(0)
                    .get(0);
            start = System.nanoTime();
            CodeGraph loaded = store.load();
            double read = (System.nanoTime() - start) / 1e9;
            System.out.printf(
                    "| %d types, %d dependencies | %d | %d | %.1f | %.1f |%n",
                    graph.types().size(), loaded.dependencies().size(), nodes, rels, write, read);
        }
    }
}
