package dev.carve.analyzer.store;

import dev.carve.analyzer.Progress;
import dev.carve.analyzer.model.CodeGraph;
import java.util.Map;

/**
 * {@link GraphStore} on Neo4j through Cypher, the same for an embedded database and a server: the mapping lives in
 * {@link GraphWriter} and {@link GraphReader}, the statements in resource files.
 */
final class CypherGraphStore implements GraphStore {
    private static final long CLEAR_BATCH = 20_000;

    private final CypherSession session;
    private final String location;
    private boolean schemaReady;

    CypherGraphStore(CypherSession session, String location) {
        this.session = session;
        this.location = location;
    }

    @Override
    public void replace(CodeGraph graph) {
        replace(graph, Progress.NONE);
    }

    /** {@link #replace(CodeGraph)} reporting its phases. */
    void replace(CodeGraph graph, Progress progress) {
        ensureSchema();
        clear();
        GraphWriter writer = new GraphWriter(session, progress);
        writer.write(graph);
        lastTimings = writer.timings;
    }

    /** Seconds per write statement of the last replace (for the store benchmark). */
    Map<String, Double> lastTimings = Map.of();

    /**
     * Merges in memory with {@link CodeGraph.Builder#merge(CodeGraph)} and writes the result, so the store merges
     * exactly as the model does (weights add up, a declaration supersedes a placeholder).
     */
    @Override
    public void merge(CodeGraph graph) {
        replace(load().toBuilder().merge(graph).build());
    }

    @Override
    public CodeGraph load() {
        // embedded: the same rows through the core API, no Cypher to plan and compile in a cold JVM
        GraphReader reader = session instanceof EmbeddedNeo4j embedded
                ? new GraphReader(new EmbeddedReadRows(embedded.database()))
                : new GraphReader(session);
        return reader.read();
    }

    @Override
    public QueryResult query(String cypher, Map<String, Object> parameters) {
        return session.runUserQuery(cypher, parameters);
    }

    @Override
    public String location() {
        return location;
    }

    private void ensureSchema() {
        if (!schemaReady) {
            for (String statement : Cypher.statements("schema")) {
                session.write(statement, Map.of());
            }
            schemaReady = true;
        }
    }

    private void clear() {
        String statement = Cypher.statement("clear-batch");
        long deleted;
        do {
            QueryResult result = session.run(statement, Map.of("limit", CLEAR_BATCH));
            deleted = (Long) result.rows().get(0).get(0);
        } while (deleted > 0);
    }

    @Override
    public void close() {
        session.close();
    }
}
