package dev.carve.analyzer.store;

import java.util.List;
import java.util.Map;

/**
 * Where {@link GraphWriter} sends its rows, one named statement at a time: the statement in
 * {@code cypher/<name>.cypher} run with {@code UNWIND $rows}, or an equivalent bulk path of the embedded database.
 */
interface RowSink {
    void write(String statement, List<Map<String, Object>> rows);

    /** Runs each statement on the session in batches of parameter lists. */
    static RowSink cypher(CypherSession session, int batchSize) {
        return (statement, rows) -> {
            String cypher = Cypher.statement(statement);
            for (int from = 0; from < rows.size(); from += batchSize) {
                session.write(cypher, Map.of("rows", rows.subList(from, Math.min(rows.size(), from + batchSize))));
            }
        };
    }
}
