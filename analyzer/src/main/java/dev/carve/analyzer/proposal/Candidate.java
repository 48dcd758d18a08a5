package dev.carve.analyzer.proposal;

import java.util.List;
import java.util.Map;

/**
 * One decomposition of the resolution sweep.
 *
 * @param id {@code k<modules>} (with a suffix when two resolutions give different splits of the same count)
 * @param resolution the Leiden resolution that produced it
 * @param moduleCount modules (shared kernel not counted)
 * @param recommended whether it is the recommended one
 * @param objective the value of the recommendation objective (higher is better)
 * @param metrics its scores
 * @param modules module name to members (shared-kernel classes included at their home module)
 */
public record Candidate(
        String id,
        double resolution,
        int moduleCount,
        boolean recommended,
        double objective,
        Metrics metrics,
        Map<String, List<String>> modules) {

    public Candidate {
        id = Lists.text(id);
        metrics = metrics == null ? Metrics.NONE : metrics;
        modules = modules == null ? Map.of() : Lists.copy(modules);
    }
}
