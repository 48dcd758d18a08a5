package dev.carve.analyzer.store;

import java.util.Map;

/**
 * Runs Cypher against one Neo4j database, embedded or over Bolt; values come back as plain Java types (see
 * {@link QueryResult}). The one seam between Carve's graph mapping and the two ways of reaching Neo4j.
 */
interface CypherSession extends AutoCloseable {

    /** Runs a write statement in its own transaction and commits it. */
    void write(String statement, Map<String, Object> parameters);

    /** Runs a statement in its own transaction and returns its rows, committing whatever it wrote. */
    QueryResult run(String statement, Map<String, Object> parameters);

    /** Like {@link #run}, for Cypher a user typed: errors in it are bad input, not internal failures. */
    QueryResult runUserQuery(String statement, Map<String, Object> parameters);

    /** Where a graph write sends its rows; a fresh one per write (it may remember the nodes it created). */
    default RowSink rowSink(int batchSize) {
        return RowSink.cypher(this, batchSize);
    }

    @Override
    void close();
}
