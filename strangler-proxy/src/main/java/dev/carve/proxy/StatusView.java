package dev.carve.proxy;

import dev.carve.proxy.route.RouteRuntime;
import dev.carve.proxy.shadow.DiffStats;
import dev.carve.proxy.stage.GateWindow;
import dev.carve.proxy.stage.RouteState;

/** Renders a route's runtime as the public {@link RouteStatus}. */
final class StatusView {
    private StatusView() {}

    static RouteStatus of(RouteRuntime r) {
        RouteState s = r.state();
        GateWindow.Snapshot w = r.window().snapshot(System.nanoTime());
        DiffStats.Snapshot d = r.diffs().snapshot(r.noise());
        RouteStatus.Window window = new RouteStatus.Window(
                r.config().gates().window().toString(),
                w.requests(),
                w.errors(),
                round(w.errorRate()),
                w.p99Micros() / 1000.0,
                w.compared(),
                w.differed(),
                round(w.diffRate()));
        return new RouteStatus(
                r.name(),
                s.stage(),
                s.targetPercent(),
                s.percent(),
                s.paused(),
                s.pauseReason(),
                s.sinceMillis(),
                r.legacyBackend(),
                r.targetBackend(),
                r.metrics().total(),
                r.metrics().errors(),
                window,
                d.compared(),
                d.differed(),
                s.history());
    }

    private static double round(double v) {
        return Math.round(v * 10_000) / 10_000.0;
    }
}
