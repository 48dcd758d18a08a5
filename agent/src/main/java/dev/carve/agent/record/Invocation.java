package dev.carve.agent.record;

import java.util.IdentityHashMap;
import java.util.Map;

/** What one entry-point invocation touched so far; confined to the thread that runs it. */
final class Invocation {
    static final int MAX_CALLS = 4_096;
    static final int MAX_SQL = 256;
    static final int MAX_EXCEPTIONS = 64;
    private static final int MAX_PREPARED = 256;

    final String kind;
    final String entryId;
    final boolean sampled;
    final long startMillis = System.currentTimeMillis();
    final long startNanos = System.nanoTime();
    final Counts calls = new Counts(MAX_CALLS);
    final Counts sql = new Counts(MAX_SQL);
    final Counts exceptions = new Counts(MAX_EXCEPTIONS);
    String route = "";
    String handler = "";
    String name;
    boolean failed;
    private Map<Object, String> prepared;

    Invocation(String kind, String entryId, boolean sampled) {
        this.kind = kind;
        this.entryId = entryId;
        this.name = entryId;
        this.sampled = sampled;
    }

    void prepared(Object statement, String sql) {
        if (prepared == null) {
            prepared = new IdentityHashMap<>();
        }
        if (prepared.size() < MAX_PREPARED) {
            prepared.put(statement, sql);
        }
    }

    String preparedSql(Object statement) {
        return prepared == null ? null : prepared.get(statement);
    }
}
