package dev.carve.analyzer.metrics;

import dev.carve.analyzer.model.CodeGraph;

/** Scores a decomposition with every metric the graph allows. */
public final class Scoring {
    private Scoring() {}

    /**
     * @param graph the analyzed monolith (static facts, runtime calls, contexts, tables)
     * @param decomposition what to score
     * @param reference a reference decomposition for MoJoFM, or null
     * @param missing what to do with traced classes the decomposition leaves out
     */
    public static ScoreCard score(
            CodeGraph graph, Decomposition decomposition, Reference reference, RuntimeMetrics.Missing missing) {
        RuntimeTrace trace = RuntimeTrace.of(graph);
        RuntimeScores runtime = trace.isEmpty() ? null : RuntimeMetrics.score(decomposition, trace, missing);
        StaticScores structure = StaticMetrics.score(decomposition, graph);
        ReferenceMatch match = reference == null ? null : ReferenceScoring.score(decomposition, reference);
        return new ScoreCard(
                decomposition.moduleCount(),
                decomposition.size(),
                runtime,
                structure,
                match,
                RuntimeMetrics.pythonRound(RuntimeMetrics.nonExtremeDistribution(decomposition)));
    }
}
