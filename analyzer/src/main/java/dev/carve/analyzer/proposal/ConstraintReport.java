package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * What the architect's constraints did.
 *
 * @param file the constraints file, or empty when there was none
 * @param outcomes one entry per constraint
 * @param cost how much worse the constrained result is than the unconstrained one on the clustering objective (0 when
 *     they cost nothing; higher is worse)
 * @param unconstrainedMetrics the metrics the unconstrained result would have had
 */
public record ConstraintReport(String file, List<Outcome> outcomes, double cost, Metrics unconstrainedMetrics) {
    public static final ConstraintReport NONE = new ConstraintReport("", List.of(), 0, Metrics.NONE);

    public ConstraintReport {
        file = Lists.text(file);
        outcomes = Lists.copy(outcomes);
        unconstrainedMetrics = unconstrainedMetrics == null ? Metrics.NONE : unconstrainedMetrics;
    }

    /**
     * One constraint and its effect.
     *
     * @param constraint the constraint as written ({@code pin com.acme.billing.* -> billing})
     * @param kind {@code pin}, {@code keep-together}, {@code keep-apart} or {@code exclude}
     * @param classes how many classes it applies to
     * @param moved how many of them clustering alone would have placed differently
     * @param weightCut how much tie weight it forces across module boundaries (its cost)
     */
    public record Outcome(String constraint, String kind, int classes, int moved, double weightCut) {}
}
