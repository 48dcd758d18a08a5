package dev.carve.agent.record;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The bounded in-memory aggregate between two flushes: one {@link Aggregate} per entry point (at most
 * {@value #MAX_ENTRIES}, the rest fold into {@code (other)}), plus one for calls made outside any entry point. When the
 * distinct facts held exceed the budget, it asks for an early flush instead of growing.
 */
final class Aggregator {
    static final int MAX_ENTRIES = 1_000;
    static final String BACKGROUND = "background";
    static final String OTHER = "(other)";

    private final int budget;
    private final Runnable flushSoon;
    private Map<String, Aggregate> byEntry = new LinkedHashMap<>();
    private Aggregate background = newBackground();
    private int facts;

    Aggregator(int budget, Runnable flushSoon) {
        this.budget = budget;
        this.flushSoon = flushSoon;
    }

    void add(Invocation inv, long endNanos, boolean stillRunning) {
        boolean full;
        synchronized (this) {
            String key = inv.kind + '\u0000' + inv.name;
            Aggregate agg = byEntry.get(key);
            if (agg == null) {
                if (byEntry.size() >= MAX_ENTRIES) {
                    key = inv.kind + '\u0000' + OTHER;
                    agg = byEntry.computeIfAbsent(key, k -> new Aggregate(inv.kind, OTHER));
                } else {
                    agg = new Aggregate(inv.kind, inv.name);
                    byEntry.put(key, agg);
                }
            }
            facts += agg.add(inv, endNanos, stillRunning);
            full = facts > budget;
        }
        if (full) {
            flushSoon.run();
        }
    }

    void backgroundCall(String caller, String callee) {
        synchronized (this) {
            int before = background.calls.size();
            background.calls.add(caller, callee, 1);
            facts += background.calls.size() - before;
        }
    }

    void backgroundSql(String sql, String by) {
        synchronized (this) {
            int before = background.sql.size();
            background.sql.add(sql, by, 1);
            facts += background.sql.size() - before;
        }
    }

    void backgroundException(String type, String at) {
        synchronized (this) {
            background.exceptions.add(type, at, 1);
        }
    }

    /** Takes everything gathered so far, leaving the aggregator empty. */
    List<Aggregate> drain() {
        List<Aggregate> out;
        synchronized (this) {
            out = new ArrayList<>(byEntry.values());
            if (background.size() > 0) {
                background.lastMillis = System.currentTimeMillis();
                out.add(background);
            }
            byEntry = new LinkedHashMap<>();
            background = newBackground();
            facts = 0;
        }
        return out;
    }

    private static Aggregate newBackground() {
        Aggregate agg = new Aggregate(BACKGROUND, "(no entry point)");
        agg.firstMillis = System.currentTimeMillis();
        return agg;
    }
}
