package dev.carve.cli.demo;

import dev.carve.proxy.AdminClient;
import dev.carve.proxy.RouteStatus;
import dev.carve.proxy.Stage;
import dev.carve.proxy.stage.StageChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Moves a module's routes through the stages together while traffic flows: shadow at the start, canary 10 % after a
 * quarter of the time, canary 50 % after 45 %, new after three quarters. With chaos, the new service is killed once
 * in the middle of the 50 % canary. When a gate rolls one route back (the proxy does that on its own), the others
 * follow it down, as an operator rolls back a whole module, and the schedule promotes no further: the summary
 * reports why.
 */
final class TrafficShift {
    record Step(double at, Stage stage, Double percent) {}

    static final List<Step> STEPS = List.of(
            new Step(0.0, Stage.SHADOW, null),
            new Step(0.25, Stage.CANARY, 10.0),
            new Step(0.45, Stage.CANARY, 50.0),
            new Step(0.75, Stage.NEW, null));
    static final double CHAOS_AT = 0.55;
    private static final long TICK_MILLIS = 200;

    private final AdminClient admin;
    private final List<String> routes;
    private final long durationMillis;
    private final Runnable chaos;
    private final Consumer<String> note;
    private final CountDownLatch stopped = new CountDownLatch(1);

    /**
     * What happened to the routes.
     *
     * @param routes where each route ended, in the order given
     * @param rollbacks the gates' stage changes, with their reasons
     * @param killedAtMillis when chaos killed the new service, from the start (-1: it did not)
     */
    record Result(Map<String, RouteStatus> routes, List<String> rollbacks, long killedAtMillis) {}

    /** {@code chaos} kills the new service (null: no fault drill). */
    TrafficShift(AdminClient admin, List<String> routes, long durationMillis, Runnable chaos, Consumer<String> note) {
        this.admin = admin;
        this.routes = List.copyOf(routes);
        this.durationMillis = durationMillis;
        this.chaos = chaos;
        this.note = note;
    }

    /** Runs the schedule for the whole duration (or until {@link #stop()}); returns where the routes ended. */
    Result run() throws InterruptedException {
        long start = System.currentTimeMillis();
        long killedAt = -1;
        int next = 0;
        boolean rolledBack = false;
        while (!stopped.await(next == 0 ? 0 : TICK_MILLIS, TimeUnit.MILLISECONDS)) {
            long elapsed = System.currentTimeMillis() - start;
            if (elapsed >= durationMillis) {
                break;
            }
            if (!rolledBack) {
                rolledBack = followGates();
            }
            if (chaos != null && killedAt < 0 && elapsed >= CHAOS_AT * durationMillis) {
                killedAt = elapsed;
                note.accept("carve: chaos: killing the new service in the middle of the canary");
                chaos.run();
            }
            if (!rolledBack && next < STEPS.size() && elapsed >= STEPS.get(next).at() * durationMillis) {
                promote(STEPS.get(next++));
            }
        }
        Map<String, RouteStatus> end = new LinkedHashMap<>();
        List<String> rollbacks = new ArrayList<>();
        for (String r : routes) {
            RouteStatus s = admin.route(r);
            end.put(r, s);
            s.history().stream()
                    .filter(c -> StageChange.GATE.equals(c.cause()))
                    .forEach(c -> rollbacks.add(r + ": " + describe(c) + " (" + c.reason() + ")"));
        }
        return new Result(end, rollbacks, killedAt);
    }

    void stop() {
        stopped.countDown();
    }

    private void promote(Step step) {
        for (String r : routes) {
            RouteStatus after = admin.promote(r, step.stage(), step.percent(), "carve demo schedule");
            note.accept("carve: " + r + " -> " + stage(after.stage(), after.percent()));
        }
    }

    /** True once a gate has demoted a route; the other routes are then demoted to the same stage. */
    private boolean followGates() {
        for (String r : routes) {
            RouteStatus s = admin.route(r);
            StageChange gate = s.history().stream()
                    .filter(c -> StageChange.GATE.equals(c.cause()))
                    .reduce((a, b) -> b)
                    .orElse(null);
            if (gate != null) {
                note.accept("carve: the gates rolled " + r + " back: " + describe(gate) + " (" + gate.reason() + ")");
                for (String other : routes) {
                    if (!other.equals(r) && admin.route(other).stage().compareTo(s.stage()) > 0) {
                        admin.demote(other, s.stage(), "carve demo: follows the gate's rollback of " + r);
                        note.accept("carve: " + other + " -> " + s.stage().id() + " with " + r);
                    }
                }
                return true;
            }
        }
        return false;
    }

    static String describe(StageChange c) {
        return stage(c.from(), c.fromPercent()) + " -> " + stage(c.to(), c.toPercent());
    }

    static String stage(Stage stage, double percent) {
        return stage == Stage.CANARY ? String.format(Locale.ROOT, "canary %.0f%%", percent) : stage.id();
    }
}
