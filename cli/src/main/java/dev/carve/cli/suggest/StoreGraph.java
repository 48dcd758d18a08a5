package dev.carve.cli.suggest;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import dev.carve.analyzer.store.StoreCredentials;
import dev.carve.cli.StoreOptions;
import java.nio.file.Files;

/** Reads the graph that {@code carve analyze} (or {@code carve trace import}) wrote to the store. */
final class StoreGraph {
    private StoreGraph() {}

    static CodeGraph load(StoreOptions store) {
        String uri = store.uri();
        if (uri.startsWith("file:") && !Files.isDirectory(GraphStores.directoryOf(uri))) {
            throw CarveException.badInput("no graph store at " + GraphStores.directoryOf(uri)
                    + ". Run 'carve analyze <monolith>' first, or pass --store <dir> (--source <dir> analyzes in"
                    + " memory, --traces <files> builds a traces-only graph).");
        }
        try (GraphStore graph = GraphStores.open(uri, new StoreCredentials(store.user(), store.password()))) {
            CodeGraph loaded = graph.load();
            if (loaded.types().isEmpty()) {
                throw CarveException.badInput("the graph store " + uri + " holds no classes. Run 'carve analyze"
                        + " <monolith> --store " + uri.replaceFirst("^file:", "") + "' first.");
            }
            return loaded;
        }
    }
}
