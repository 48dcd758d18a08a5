package dev.carve.analyzer.store;

import dev.carve.analyzer.model.CodeGraph;
import java.util.Map;

/**
 * The persisted, queryable record of an analyzed monolith. Implementations are chosen by URI ({@code file:},
 * {@code memory:}, {@code bolt://}); the schema follows jQAssistant's Java labels and relationship names so
 * jQAssistant rules run on it.
 */
public interface GraphStore extends AutoCloseable {

    /** Replaces everything Carve stored with this graph. */
    void replace(CodeGraph graph);

    /** Adds facts to what is stored, merging as {@link CodeGraph.Builder} does. */
    void merge(CodeGraph graph);

    /** Reads the whole graph back into memory. */
    CodeGraph load();

    /** Runs a read query and returns its rows. */
    QueryResult query(String cypher, Map<String, Object> parameters);

    /** Where this store lives, as a URI the user can pass to {@code --store}. */
    String location();

    @Override
    void close();
}
