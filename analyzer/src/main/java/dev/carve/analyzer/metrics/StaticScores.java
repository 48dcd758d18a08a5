package dev.carve.analyzer.metrics;

/**
 * Structure metrics of one decomposition; NaN when the graph has nothing to measure (no static edges, no tables).
 *
 * @param modularity Newman modularity of the static dependency graph (higher is better)
 * @param coupling share of static dependency weight crossing modules (lower is better)
 * @param cohesion mean share of a module's outgoing dependency weight that stays inside (higher is better)
 * @param tablePurity mean share of a table's accessing classes in its majority module (1 is best)
 * @param tableWritePurity the same over writers only (1 is best)
 * @param staticEdges distinct class-to-class static dependencies measured
 */
public record StaticScores(
        double modularity,
        double coupling,
        double cohesion,
        double tablePurity,
        double tableWritePurity,
        int staticEdges) {}
