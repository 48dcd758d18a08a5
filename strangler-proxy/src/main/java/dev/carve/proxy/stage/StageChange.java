package dev.carve.proxy.stage;

import dev.carve.proxy.Stage;

/**
 * One change of a route's stage: when, from where to where, why, and who caused it ({@code command},
 * {@code gate}, {@code schedule} or {@code config}).
 */
public record StageChange(
        long atMillis, Stage from, double fromPercent, Stage to, double toPercent, String cause, String reason) {

    public static final String COMMAND = "command";
    public static final String GATE = "gate";
    public static final String SCHEDULE = "schedule";
    public static final String CONFIG = "config";
}
