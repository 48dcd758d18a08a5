package dev.carve.analyzer.cluster;

/**
 * One kind of evidence that two classes belong together. Each source reads what it needs from the graph and returns
 * raw pair weights; the {@link AffinityGraph} normalizes them per signal and combines them with the profile's weights.
 * A source with nothing to read returns empty weights.
 */
public interface SignalSource {
    /** The signal's name in profiles, explanations and the proposal ({@code static}, {@code runtime}, ...). */
    String name();

    /** Raw, non-negative weights between the universe's classes. */
    PairWeights weights(ClassUniverse classes, SuggestProfile profile);
}
