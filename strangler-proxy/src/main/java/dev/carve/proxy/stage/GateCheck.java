package dev.carve.proxy.stage;

import dev.carve.proxy.Stage;
import dev.carve.proxy.config.RouteConfig;
import java.util.Locale;

/**
 * Reads a route's window against its gates. In canary and new the target's error rate and p99 are judged; in
 * shadow the diff rate. Nothing is judged before the window holds the minimum number of samples.
 */
public final class GateCheck {
    private GateCheck() {}

    /** Why the gates are breached, or null when they hold (or there is not enough evidence yet). */
    public static String breach(Stage stage, RouteConfig.Gates gates, GateWindow.Snapshot w) {
        if (stage == Stage.CANARY || stage == Stage.NEW) {
            if (w.requests() < gates.minRequests()) {
                return null;
            }
            if (gates.maxErrorRate() < 1 && w.errorRate() > gates.maxErrorRate()) {
                return String.format(
                        Locale.ROOT,
                        "error rate %.1f%% > %.1f%% (%d of %d target requests in %s)",
                        w.errorRate() * 100,
                        gates.maxErrorRate() * 100,
                        w.errors(),
                        w.requests(),
                        gates.window());
            }
            long maxMicros = gates.maxP99().millis() * 1000;
            if (maxMicros > 0 && w.p99Micros() > maxMicros) {
                return String.format(
                        Locale.ROOT,
                        "p99 latency %.1fms > %s (%d target requests in %s)",
                        w.p99Micros() / 1000.0,
                        gates.maxP99(),
                        w.requests(),
                        gates.window());
            }
        } else if (stage == Stage.SHADOW) {
            if (w.compared() < gates.minRequests()) {
                return null;
            }
            if (gates.maxDiffRate() < 1 && w.diffRate() > gates.maxDiffRate()) {
                return String.format(
                        Locale.ROOT,
                        "shadow diff rate %.1f%% > %.1f%% (%d of %d comparisons in %s)",
                        w.diffRate() * 100,
                        gates.maxDiffRate() * 100,
                        w.differed(),
                        w.compared(),
                        gates.window());
            }
        }
        return null;
    }

    /** Whether a progressive step may pass: enough evidence and no breach. */
    public static boolean holdsWithEvidence(Stage stage, RouteConfig.Gates gates, GateWindow.Snapshot w) {
        long samples = stage == Stage.SHADOW ? w.compared() : w.requests();
        return samples >= gates.minRequests() && breach(stage, gates, w) == null;
    }
}
