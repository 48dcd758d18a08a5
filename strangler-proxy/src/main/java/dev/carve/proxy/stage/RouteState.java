package dev.carve.proxy.stage;

import dev.carve.proxy.Stage;
import java.util.ArrayList;
import java.util.List;

/**
 * The live state of one route: its stage, the canary percentage (kept while in other stages so a demotion from
 * new returns to the last canary split), whether automatic promotion is paused and why, when the stage was
 * entered, the stage the config file said when it was last read, and the recent history of changes.
 */
public record RouteState(
        Stage stage,
        double percent,
        boolean paused,
        String pauseReason,
        long sinceMillis,
        Stage configStage,
        List<StageChange> history) {

    static final int HISTORY = 20;

    public RouteState {
        history = history == null ? List.of() : List.copyOf(history);
        pauseReason = pauseReason == null ? "" : pauseReason;
    }

    /** The state of a route seen for the first time: the config's stage, not paused. */
    public static RouteState initial(Stage stage, double canaryPercent, long nowMillis) {
        return new RouteState(stage, canaryPercent, false, "", nowMillis, stage, List.of());
    }

    /** Share of requests that go to the target, 0 to 100. */
    public double targetPercent() {
        return switch (stage) {
            case LEGACY, SHADOW -> 0;
            case CANARY -> percent;
            case NEW -> 100;
        };
    }

    /** The last change, or null when the route never changed. */
    public StageChange lastChange() {
        return history.isEmpty() ? null : history.get(history.size() - 1);
    }

    RouteState moveTo(Stage to, double toPercent, String cause, String reason, long now) {
        List<StageChange> h = new ArrayList<>(history);
        h.add(new StageChange(now, stage, percent, to, toPercent, cause, reason));
        while (h.size() > HISTORY) {
            h.remove(0);
        }
        boolean pause = cause.equals(StageChange.GATE) || (paused && !cause.equals(StageChange.COMMAND));
        String why = cause.equals(StageChange.GATE) ? reason : pause ? pauseReason : "";
        return new RouteState(to, toPercent, pause, why, now, configStage, h);
    }

    RouteState withPause(boolean pause, String reason) {
        return new RouteState(stage, percent, pause, pause ? reason : "", sinceMillis, configStage, history);
    }

    RouteState withConfigStage(Stage seen) {
        return new RouteState(stage, percent, paused, pauseReason, sinceMillis, seen, history);
    }
}
