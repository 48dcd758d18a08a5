package dev.carve.proxy;

import dev.carve.proxy.stage.StageChange;
import java.util.List;

/**
 * One route as the admin API reports it: stage and split, pause, backends, totals, what the gates see in their
 * window, shadow comparison counts, and the stage history (newest last).
 *
 * @param percent share of requests the target gets now: 0 in legacy and shadow, the split in canary, 100 in new
 * @param canaryPercent the canary split the route uses (or returns to after a demotion from new)
 */
public record RouteStatus(
        String name,
        Stage stage,
        double percent,
        double canaryPercent,
        boolean paused,
        String pauseReason,
        long sinceMillis,
        String legacy,
        String target,
        long requests,
        long errors,
        Window window,
        long shadowCompared,
        long shadowDiffered,
        List<StageChange> history) {

    /** The gates' sliding window: target requests, errors, p99, shadow comparisons. */
    public record Window(
            String length,
            long requests,
            long errors,
            double errorRate,
            double p99Millis,
            long compared,
            long differed,
            double diffRate) {}
}
