package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * What was analyzed.
 *
 * @param store the store URI or trace directory the graph came from
 * @param generatedAt when the proposal was made (ISO-8601 instant)
 * @param classes application classes in the graph
 * @param dependencies class-to-class dependencies in the graph (all kinds)
 * @param tables tables in the graph
 * @param runtimeData whether runtime calls or business contexts were present
 * @param packageLayout how the code is organised: {@code by-domain}, {@code by-layer}, {@code flat} (see
 *     docs/boundaries.md)
 * @param commonRoot the package every application class shares, or empty
 * @param signals the signals used, with their weight and the edges they contributed
 */
public record Source(
        String store,
        String generatedAt,
        int classes,
        int dependencies,
        int tables,
        boolean runtimeData,
        String packageLayout,
        String commonRoot,
        List<Signal> signals) {

    public Source {
        store = Lists.text(store);
        generatedAt = Lists.text(generatedAt);
        packageLayout = Lists.text(packageLayout);
        commonRoot = Lists.text(commonRoot);
        signals = Lists.copy(signals);
    }

    /**
     * One signal of the weighted class graph.
     *
     * @param name {@code static}, {@code runtime}, {@code tables}, {@code names}, {@code co-change}, {@code packages}
     * @param weight its weight in the profile after layout adjustment
     * @param pairs class pairs it links
     */
    public record Signal(String name, double weight, int pairs) {}
}
