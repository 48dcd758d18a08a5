package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * How the suggestion was made, so it can be repeated.
 *
 * @param seed the random seed of Leiden
 * @param resolutions the resolutions swept
 * @param forcedModules the module count asked for with {@code --modules}, or 0
 * @param objective how the recommended candidate was chosen (a sentence)
 * @param profile the weight profile file, or {@code default}
 * @param constraintsFile the constraints file honoured, or empty
 */
public record Settings(
        long seed,
        List<Double> resolutions,
        int forcedModules,
        String objective,
        String profile,
        String constraintsFile) {
    public Settings {
        resolutions = Lists.copy(resolutions);
        objective = Lists.text(objective);
        profile = Lists.text(profile);
        constraintsFile = Lists.text(constraintsFile);
    }
}
