package dev.carve.analyzer.metrics;

import java.util.List;

/**
 * Mono2Micro's runtime metrics of one decomposition, rounded as Mono2Micro rounds them; {@link #raw()} keeps the exact
 * values. ICP is NaN when no class-to-class call was traced.
 *
 * @param bcp business-context purity (lower is better)
 * @param icp inter-call percentage (lower is better)
 * @param sm structural modularity (higher is better)
 * @param ifn interface number (lower is better)
 * @param ned non-extreme distribution (lower is better)
 * @param mq modular quality (higher is better; not one of the five)
 * @param modules K, the number of modules
 * @param classes classes in the decomposition
 * @param classesNotInTraces classes of the decomposition that no trace saw
 * @param tracedClassesMissing traced classes the decomposition leaves out
 * @param raw the unrounded values
 */
public record RuntimeScores(
        double bcp,
        double icp,
        double sm,
        double ifn,
        double ned,
        double mq,
        int modules,
        int classes,
        List<String> classesNotInTraces,
        List<String> tracedClassesMissing,
        Raw raw) {

    public RuntimeScores {
        classesNotInTraces = List.copyOf(classesNotInTraces);
        tracedClassesMissing = List.copyOf(tracedClassesMissing);
    }

    /** Unrounded values. */
    public record Raw(double bcp, double icp, double sm, double ifn, double ned, double mq) {}
}
