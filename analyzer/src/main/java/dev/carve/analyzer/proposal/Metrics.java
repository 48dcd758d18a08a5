package dev.carve.analyzer.proposal;

import java.util.Map;

/**
 * Named metric values of one decomposition, in a fixed order; a metric the graph cannot support is absent (never NaN).
 * Names and their direction are the constants below.
 *
 * @param values metric name to value
 */
public record Metrics(Map<String, Double> values) {
    public static final Metrics NONE = new Metrics(Map.of());

    /** Business-context purity, lower is better (needs runtime data). */
    public static final String BCP = "BCP";
    /** Inter-call percentage, lower is better (needs runtime data). */
    public static final String ICP = "ICP";
    /** Structural modularity, higher is better (needs runtime data). */
    public static final String SM = "SM";
    /** Interface number, lower is better (needs runtime data). */
    public static final String IFN = "IFN";
    /** Non-extreme distribution, lower is better. */
    public static final String NED = "NED";
    /** Modular quality, higher is better (needs runtime data). */
    public static final String MQ = "MQ";
    /** Newman modularity of the static graph, higher is better. */
    public static final String MODULARITY = "modularity";
    /** Share of static dependency weight crossing modules, lower is better. */
    public static final String COUPLING = "coupling";
    /** Mean share of a module's dependency weight staying inside, higher is better. */
    public static final String COHESION = "cohesion";
    /** Mean share of a table's accessing classes in its majority module, higher is better. */
    public static final String TABLE_PURITY = "tablePurity";
    /** The same over writers only, higher is better. */
    public static final String TABLE_WRITE_PURITY = "tableWritePurity";
    /** MoJoFM against a reference, strict policy, higher is better (only with a reference). */
    public static final String MOJOFM_STRICT = "MoJoFM.strict";
    /** MoJoFM against a reference, lenient policy, higher is better (only with a reference). */
    public static final String MOJOFM_LENIENT = "MoJoFM.lenient";

    public Metrics {
        values = Lists.copy(values);
    }

    public Double get(String name) {
        return values.get(name);
    }

    /** Whether a larger value is better for this metric. */
    public static boolean higherIsBetter(String name) {
        return switch (name) {
            case SM, MQ, MODULARITY, COHESION, TABLE_PURITY, TABLE_WRITE_PURITY, MOJOFM_STRICT, MOJOFM_LENIENT -> true;
            default -> false;
        };
    }
}
