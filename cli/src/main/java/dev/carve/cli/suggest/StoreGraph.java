package dev.carve.cli.suggest;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.analyzer.store.GraphStore;
import dev.carve.analyzer.store.GraphStores;
import dev.carve.analyzer.store.StoreCredentials;
import dev.carve.cli.StoreOptions;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the graph that {@code carve analyze} (and {@code carve trace import}) wrote to the store. */
final class StoreGraph {
    private StoreGraph() {}

    static CodeGraph load(StoreOptions store) {
        String uri = GraphStores.normalize(store.uri());
        if (uri.startsWith("file:")) {
            Path dir = GraphStores.directoryOf(uri);
            if (!Files.isDirectory(dir)) {
                // opening would create an empty store and then fail with a less helpful message
                throw CarveException.badInput("no graph store at " + dir + ". Run 'carve analyze <monolith>' first"
                        + " (or pass --store, --source <monolith dir> or --traces <files>).");
            }
        }
        try (GraphStore graph = GraphStores.open(uri, new StoreCredentials(store.user(), store.password()))) {
            return graph.load();
        }
    }
}
