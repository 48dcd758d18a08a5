package dev.carve.analyzer.cluster;

import dev.carve.analyzer.config.ConfigKey;
import dev.carve.analyzer.config.ConfigLoader;
import java.nio.file.Path;
import java.util.List;

/**
 * How {@code carve suggest} weighs its signals and searches for modules. Every key has a documented default
 * (docs/formats/suggest-profile.md, generated); a YAML file given with {@code --profile} overrides any of them.
 */
public record SuggestProfile(
        @ConfigKey(description = "Weight of each signal in the combined class graph.")
        Weights weights,

        @ConfigKey(description = "Weight of each static dependency kind before the static signal is normalized.")
        StaticKinds staticKinds,

        @ConfigKey(
                description = "Seed of Leiden's random moves; the same seed and graph give the same result.",
                defaultValue = "42")
        long seed,

        @ConfigKey(
                description = "Smallest Leiden resolution of the sweep (fewer, larger modules).",
                defaultValue = "0.3")
        double minResolution,

        @ConfigKey(
                description = "Largest Leiden resolution of the sweep (more, smaller modules).",
                defaultValue = "3.0")
        double maxResolution,

        @ConfigKey(description = "Resolutions tried between the two, spaced geometrically.", defaultValue = "24")
        int resolutionSteps,

        @ConfigKey(
                description = "Leiden runs per resolution (different seeds derived from `seed`); the best is kept.",
                defaultValue = "8")
        int randomStarts,

        @ConfigKey(
                description = "Modules smaller than this are merged into the module they are most tied to"
                        + " (classes with no tie at all stay where they are).",
                defaultValue = "3")
        int minModuleSize,

        @ConfigKey(
                description = "A class becomes shared kernel when classes of at least this share of the modules"
                        + " depend on it (and at least `kernelMinModules`).",
                defaultValue = "0.5")
        double kernelModuleShare,

        @ConfigKey(description = "The least number of depending modules for the shared kernel.", defaultValue = "3")
        int kernelMinModules,

        @ConfigKey(
                description = "Extra words that name technical roles rather than domain concepts (added to the"
                        + " built-in list used by the name signal and layout detection).",
                defaultValue = "[]",
                example = "[gateway, bff]")
        List<String> technicalTerms) {

    public SuggestProfile {
        technicalTerms = technicalTerms == null ? List.of() : List.copyOf(technicalTerms);
    }

    /** The documented defaults. */
    public static SuggestProfile defaults() {
        return ConfigLoader.parse("{}", "the default profile", SuggestProfile.class);
    }

    /** Reads a profile file; absent keys keep their defaults; errors name file, line and key. */
    public static SuggestProfile load(Path file) {
        return ConfigLoader.load(file, SuggestProfile.class);
    }

    /**
     * Signal weights.
     *
     * @param staticDependencies code dependencies (calls, fields, inheritance, JPA relations, events)
     * @param runtimeCalls caller–callee volumes observed at runtime
     * @param runtimeCooccurrence classes touched by the same entry points (business contexts)
     * @param tables classes reading or writing the same tables (data gravity)
     * @param names domain words shared by class names
     * @param coChange classes changed together in git history
     * @param packages same domain package, scaled by how domain-organised the packages are (0 when by layer)
     */
    public record Weights(
            @ConfigKey(description = "Static code dependencies.", defaultValue = "1.0")
            double staticDependencies,

            @ConfigKey(description = "Runtime caller–callee volumes.", defaultValue = "1.0")
            double runtimeCalls,

            @ConfigKey(
                    description = "Co-occurrence in the same business contexts (entry points).",
                    defaultValue = "0.5")
            double runtimeCooccurrence,

            @ConfigKey(description = "Shared tables (writers of a table weigh most).", defaultValue = "0.8")
            double tables,

            @ConfigKey(description = "Domain words shared by class names.", defaultValue = "0.8")
            double names,

            @ConfigKey(description = "Changed together in git history.", defaultValue = "0.5")
            double coChange,

            @ConfigKey(
                    description = "Same domain package; multiplied by the share of classes in domain packages.",
                    defaultValue = "1.0")
            double packages) {}

    /**
     * Static dependency kinds, grouped.
     *
     * @param calls invocations, constructions, field access, method references
     * @param inheritance extends and implements
     * @param members field, parameter, return and type-argument types
     * @param data JPA relationships
     * @param events publish/listen and event flows
     * @param other annotations, throws, static imports
     */
    public record StaticKinds(
            @ConfigKey(
                    description = "Invocations, constructions, field access, method references.",
                    defaultValue = "1.0")
            double calls,

            @ConfigKey(description = "Extends and implements.", defaultValue = "0.7")
            double inheritance,

            @ConfigKey(description = "Field, parameter, return and type-argument types.", defaultValue = "0.5")
            double members,

            @ConfigKey(description = "JPA relationships between entities.", defaultValue = "1.0")
            double data,

            @ConfigKey(description = "Event publish/listen and flows.", defaultValue = "0.5")
            double events,

            @ConfigKey(description = "Annotations, throws clauses, static imports.", defaultValue = "0.1")
            double other) {}
}
