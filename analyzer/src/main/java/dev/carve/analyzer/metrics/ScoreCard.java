package dev.carve.analyzer.metrics;

/**
 * Every metric Carve computes for one decomposition.
 *
 * @param modules number of modules
 * @param classes number of classes placed
 * @param runtime Mono2Micro's runtime metrics, or null when the graph holds no runtime calls
 * @param structure static metrics
 * @param reference MoJoFM against a reference, or null when none was given
 * @param nonExtremeDistribution NED (needs no runtime data), rounded as Mono2Micro rounds it
 */
public record ScoreCard(
        int modules,
        int classes,
        RuntimeScores runtime,
        StaticScores structure,
        ReferenceMatch reference,
        double nonExtremeDistribution) {}
