package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * The dependencies of one module on another, counted by kind, with the class-level edges behind them.
 *
 * @param from the depending module
 * @param to the module depended on
 * @param syncCalls synchronous calls (invocations, constructions, field access, method references), occurrences
 * @param events event flows (publish, listen), occurrences; asynchronous by nature
 * @param structural type-level uses (fields, parameters, inheritance, annotations), occurrences
 * @param data JPA relationships between entities, occurrences
 * @param runtimeCalls calls observed at runtime (volume)
 * @param edges the class-to-class edges, heaviest first
 */
public record ModuleDependency(
        String from,
        String to,
        double syncCalls,
        double events,
        double structural,
        double data,
        double runtimeCalls,
        List<Edge> edges) {

    public ModuleDependency {
        edges = Lists.copy(edges);
    }

    public double total() {
        return syncCalls + events + structural + data + runtimeCalls;
    }

    /**
     * One class-level dependency crossing the boundary.
     *
     * @param from the depending class
     * @param to the class depended on
     * @param kind {@code sync-call}, {@code event}, {@code structural}, {@code data} or {@code runtime}
     * @param count occurrences (runtime: volume)
     * @param members the members of {@code to} used (methods called), when known
     * @param location where the first occurrence is ({@code file:line}), or empty
     */
    public record Edge(String from, String to, String kind, double count, List<String> members, String location) {
        public Edge {
            members = Lists.copy(members);
            location = Lists.text(location);
        }
    }
}
