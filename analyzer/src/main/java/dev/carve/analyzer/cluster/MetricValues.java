package dev.carve.analyzer.cluster;

import dev.carve.analyzer.metrics.ReferenceMatch;
import dev.carve.analyzer.metrics.RuntimeScores;
import dev.carve.analyzer.metrics.ScoreCard;
import dev.carve.analyzer.metrics.StaticScores;
import dev.carve.analyzer.proposal.Metrics;
import java.util.LinkedHashMap;
import java.util.Map;

/** A {@link ScoreCard} as the proposal's named {@link Metrics}, dropping what the graph could not measure. */
public final class MetricValues {
    private MetricValues() {}

    public static Metrics of(ScoreCard card) {
        Map<String, Double> v = new LinkedHashMap<>();
        RuntimeScores r = card.runtime();
        if (r != null) {
            put(v, Metrics.BCP, r.bcp());
            put(v, Metrics.ICP, r.icp());
            put(v, Metrics.SM, r.sm());
            put(v, Metrics.IFN, r.ifn());
            put(v, Metrics.NED, r.ned());
            put(v, Metrics.MQ, r.mq());
        }
        StaticScores s = card.structure();
        put(v, Metrics.MODULARITY, round(s.modularity()));
        put(v, Metrics.COUPLING, round(s.coupling()));
        put(v, Metrics.COHESION, round(s.cohesion()));
        put(v, Metrics.TABLE_PURITY, round(s.tablePurity()));
        put(v, Metrics.TABLE_WRITE_PURITY, round(s.tableWritePurity()));
        if (r == null) {
            put(v, Metrics.NED, nedOf(card));
        }
        ReferenceMatch m = card.reference();
        if (m != null) {
            put(v, Metrics.MOJOFM_STRICT, m.strict().mojoFm());
            put(v, Metrics.MOJOFM_LENIENT, m.lenient().mojoFm());
        }
        return new Metrics(v);
    }

    private static double nedOf(ScoreCard card) {
        return card.nonExtremeDistribution();
    }

    private static void put(Map<String, Double> v, String name, double value) {
        if (!Double.isNaN(value) && !Double.isInfinite(value)) {
            v.put(name, value);
        }
    }

    static double round(double x) {
        return Double.isNaN(x) ? x : Math.round(x * 1000) / 1000.0;
    }
}
