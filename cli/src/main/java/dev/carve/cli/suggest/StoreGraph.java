package dev.carve.cli.suggest;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.model.CodeGraph;
import dev.carve.cli.StoreOptions;

/** Reads the graph from the store. */
final class StoreGraph {
    private StoreGraph() {}

    static CodeGraph load(StoreOptions store) {
        throw CarveException.badInput("reading the graph store (" + store.uri() + ") is not available in this build"
                + " yet. Pass --source <monolith dir> to analyze in memory, or --traces <files> for a traces-only"
                + " graph.");
    }
}
