package dev.carve.agent.record;

import java.time.Instant;

/** Every invocation of one entry point within one flush interval, added up: one JSONL line. */
final class Aggregate {
    final String kind;
    final String name;
    String route = "";
    String handler = "";
    long invocations;
    long failed;
    long nanos;
    long firstMillis = Long.MAX_VALUE;
    long lastMillis;
    boolean partial;
    final Counts calls = new Counts(Integer.MAX_VALUE);
    final Counts sql = new Counts(Integer.MAX_VALUE);
    final Counts exceptions = new Counts(Integer.MAX_VALUE);

    Aggregate(String kind, String name) {
        this.kind = kind;
        this.name = name;
    }

    /** Adds one invocation and returns how many distinct facts that added. */
    int add(Invocation inv, long endNanos, boolean stillRunning) {
        int before = size();
        invocations++;
        failed += inv.failed ? 1 : 0;
        nanos += endNanos - inv.startNanos;
        firstMillis = Math.min(firstMillis, inv.startMillis);
        lastMillis = Math.max(lastMillis, System.currentTimeMillis());
        partial |= stillRunning;
        if (route.isEmpty()) {
            route = inv.route;
        }
        if (handler.isEmpty()) {
            handler = inv.handler;
        }
        calls.addAll(inv.calls);
        sql.addAll(inv.sql);
        exceptions.addAll(inv.exceptions);
        return size() - before;
    }

    int size() {
        return calls.size() + sql.size() + exceptions.size();
    }

    /** This aggregate as one line of {@code carve-traces.jsonl} (format version 1), newline included. */
    void writeLine(StringBuilder out) {
        out.append('{');
        Json.field(out, "type", "invocations").append(',');
        Json.field(out, "v", 1).append(',');
        Json.field(out, "kind", kind).append(',');
        Json.field(out, "name", name).append(',');
        if (!route.isEmpty()) {
            Json.field(out, "route", route).append(',');
        }
        if (!handler.isEmpty()) {
            Json.field(out, "handler", Ids.readable(handler)).append(',');
        }
        Json.field(out, "from", Instant.ofEpochMilli(firstMillis).toString()).append(',');
        Json.field(out, "to", Instant.ofEpochMilli(lastMillis).toString()).append(',');
        Json.field(out, "invocations", invocations).append(',');
        Json.field(out, "failed", failed).append(',');
        Json.field(out, "micros", nanos / 1_000).append(',');
        Json.string(out, "partial").append(':').append(partial).append(',');
        triples(out, "calls", calls, true);
        out.append(',');
        triples(out, "sql", sql, false);
        out.append(',');
        triples(out, "exceptions", exceptions, false);
        out.append(",\"dropped\":{");
        Json.field(out, "calls", calls.dropped()).append(',');
        Json.field(out, "sql", sql.dropped()).append(',');
        Json.field(out, "exceptions", exceptions.dropped()).append("}}\n");
    }

    private static void triples(StringBuilder out, String name, Counts counts, boolean bothIds) {
        Json.string(out, name).append(":[");
        boolean[] first = {true};
        counts.forEach((a, b, n) -> {
            if (!first[0]) {
                out.append(',');
            }
            first[0] = false;
            out.append('[');
            Json.string(out, bothIds ? Ids.readable(a) : a).append(',');
            Json.string(out, Ids.readable(b)).append(',').append(n).append(']');
        });
        out.append(']');
    }
}
