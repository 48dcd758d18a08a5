package dev.carve.proxy.stage;

import dev.carve.proxy.ProxyException;
import dev.carve.proxy.Stage;
import dev.carve.proxy.config.RouteConfig;
import java.util.List;

/**
 * The rules for moving a route between stages, as pure functions of its state and config. Promotion goes one
 * stage (or one progressive step) up unless a stage is named; demotion goes one stage down. An operator's command
 * clears a pause; a gate's demotion sets one, so the schedule stops until someone looks.
 */
public final class Transitions {
    private Transitions() {}

    /** Promotes by command: to {@code to} (null: one step) with {@code percent} (null: the route's default). */
    public static RouteState promote(
            RouteState s, RouteConfig route, Stage to, Double percent, String reason, long now) {
        Stage target = to;
        double p = percent == null ? Double.NaN : percent;
        if (target == null) {
            if (s.stage() == Stage.NEW) {
                throw ProxyException.badInput(
                        "route '" + route.name() + "' is already in stage new; nothing to promote.");
            }
            target = s.stage() == Stage.CANARY
                            && nextStep(route, s.percent()) < 100
                            && route.progressive().enabled()
                    ? Stage.CANARY
                    : s.stage().next();
            if (target == Stage.CANARY && Double.isNaN(p)) {
                p = s.stage() == Stage.CANARY ? nextStep(route, s.percent()) : firstPercent(route);
            }
        }
        if (target == Stage.CANARY && Double.isNaN(p)) {
            p = s.stage() == Stage.CANARY ? s.percent() : firstPercent(route);
        }
        if (Double.isNaN(p)) {
            p = s.percent();
        }
        checkPercent(route, p);
        if (target.ordinal() < s.stage().ordinal()) {
            throw ProxyException.badInput("route '" + route.name() + "' is in stage "
                    + s.stage().id() + "; promoting to " + target.id() + " would move it down. Use demote.");
        }
        return s.moveTo(target, p, StageChange.COMMAND, reason(reason, "promoted by command"), now)
                .withPause(false, "");
    }

    /** Demotes: to {@code to} (null: one stage down) by {@code cause} for {@code reason}. */
    public static RouteState demote(RouteState s, RouteConfig route, Stage to, String cause, String reason, long now) {
        Stage target = to == null ? s.stage().previous() : to;
        if (target.ordinal() > s.stage().ordinal()) {
            throw ProxyException.badInput("route '" + route.name() + "' is in stage "
                    + s.stage().id() + "; demoting to " + target.id() + " would move it up. Use promote.");
        }
        if (target == s.stage() && to == null) {
            throw ProxyException.badInput(
                    "route '" + route.name() + "' is already in stage legacy; nothing to demote.");
        }
        double p = s.percent() > 0 ? s.percent() : firstPercent(route);
        return s.moveTo(target, p, cause, reason(reason, "demoted by " + cause), now);
    }

    /** The next progressive step: shadow enters the first step; 100 means stage new. */
    public static RouteState scheduledStep(RouteState s, RouteConfig route, long now) {
        if (s.stage() == Stage.SHADOW) {
            double first = route.progressive().steps().get(0);
            return first >= 100
                    ? s.moveTo(Stage.NEW, 100, StageChange.SCHEDULE, "shadow baked; gates held", now)
                    : s.moveTo(Stage.CANARY, first, StageChange.SCHEDULE, "shadow baked; gates held", now);
        }
        double next = nextStep(route, s.percent());
        String why = "canary " + percent(s.percent()) + "% baked; gates held";
        return next >= 100
                ? s.moveTo(Stage.NEW, s.percent(), StageChange.SCHEDULE, why, now)
                : s.moveTo(Stage.CANARY, next, StageChange.SCHEDULE, why, now);
    }

    public static RouteState pause(RouteState s, String reason) {
        return s.withPause(true, reason(reason, "paused by command"));
    }

    public static RouteState resume(RouteState s) {
        return s.withPause(false, "");
    }

    /** Applies the config's stage when it changed since last read (an operator edited the file). */
    public static RouteState reconcile(RouteState s, RouteConfig route, long now) {
        if (s.configStage() == route.stage()) {
            return s;
        }
        double p = route.stage() == Stage.CANARY ? route.canary().percent() : s.percent();
        return s.moveTo(route.stage(), p, StageChange.CONFIG, "stage set in the config file", now)
                .withConfigStage(route.stage());
    }

    static double firstPercent(RouteConfig route) {
        return route.progressive().enabled()
                ? route.progressive().steps().get(0)
                : route.canary().percent();
    }

    static double nextStep(RouteConfig route, double current) {
        List<Double> steps = route.progressive().steps();
        for (double step : steps) {
            if (step > current) {
                return step;
            }
        }
        return 100;
    }

    private static void checkPercent(RouteConfig route, double p) {
        if (!(p >= 0 && p <= 100)) {
            throw ProxyException.badInput(
                    "canary percent for route '" + route.name() + "' must be between 0 and 100, got " + p + ".");
        }
    }

    private static String reason(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given;
    }

    static String percent(double p) {
        return p == Math.rint(p) ? Long.toString((long) p) : Double.toString(p);
    }
}
