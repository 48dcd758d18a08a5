package dev.carve.analyzer.proposal;

/**
 * A class nothing reaches: no dependency into it, no entry point, no framework annotation.
 *
 * @param name the class
 * @param reason why it is considered dead
 * @param location where it is declared, or empty
 */
public record DeadClass(String name, String reason, String location) {
    public DeadClass {
        reason = Lists.text(reason);
        location = Lists.text(location);
    }
}
