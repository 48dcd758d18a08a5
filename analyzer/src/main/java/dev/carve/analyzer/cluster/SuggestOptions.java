package dev.carve.analyzer.cluster;

import java.util.Objects;

/**
 * What {@code carve suggest} was asked for.
 *
 * @param profile signal weights and search settings
 * @param profileName the profile file, or {@code default}
 * @param forcedModules a module count to force, 0 to let the objective choose
 * @param constraints the architect's constraints ({@link Constraints#NONE} for none)
 * @param source where the graph came from (store URI, trace directory), for the proposal
 */
public record SuggestOptions(
        SuggestProfile profile, String profileName, int forcedModules, Constraints constraints, String source) {
    public SuggestOptions {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(constraints, "constraints");
        profileName = profileName == null ? "default" : profileName;
        source = source == null ? "" : source;
    }

    public static SuggestOptions defaults() {
        return new SuggestOptions(SuggestProfile.defaults(), "default", 0, Constraints.NONE, "");
    }

    public SuggestOptions withModules(int n) {
        return new SuggestOptions(profile, profileName, n, constraints, source);
    }

    public SuggestOptions withConstraints(Constraints c) {
        return new SuggestOptions(profile, profileName, forcedModules, c, source);
    }

    public SuggestOptions withSource(String s) {
        return new SuggestOptions(profile, profileName, forcedModules, constraints, s);
    }
}
