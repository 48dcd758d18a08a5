package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * Why a class is where it is.
 *
 * @param name the class
 * @param module the module it is in (its home module for the shared kernel)
 * @param role {@code member}, {@code shared-kernel}
 * @param pinned the constraint that put it there, or empty when clustering did
 * @param ties its strongest ties, strongest first (at most 5)
 * @param tables the tables it reads or writes
 * @param entryPoints entry points it declares or business contexts that reached it (at most 10)
 * @param affinity its affinity to the modules it is tied to, strongest first (at most 3); affinity is the summed weight
 *     of its ties into the module
 * @param secondBest the module it would otherwise be in, or empty when it has ties into one module only
 * @param margin affinity to its module minus affinity to {@code secondBest}, over its total affinity (0..1; 1 when
 *     there is no second best)
 */
public record ClassPlacement(
        String name,
        String module,
        String role,
        String pinned,
        List<Tie> ties,
        List<TableUse> tables,
        List<String> entryPoints,
        List<Affinity> affinity,
        String secondBest,
        double margin) {

    public static final String MEMBER = "member";
    public static final String SHARED_KERNEL = "shared-kernel";

    public ClassPlacement {
        module = Lists.text(module);
        role = Lists.text(role);
        pinned = Lists.text(pinned);
        ties = Lists.copy(ties);
        tables = Lists.copy(tables);
        entryPoints = Lists.copy(entryPoints);
        affinity = Lists.copy(affinity);
        secondBest = Lists.text(secondBest);
    }

    /**
     * A tie to another class in the weighted class graph.
     *
     * @param other the other class
     * @param module the other class's module
     * @param weight the tie's combined weight
     * @param signals the weight each signal contributed ({@code static}, {@code runtime}, {@code tables}, {@code
     *     names}, {@code co-change}, {@code packages})
     */
    public record Tie(String other, String module, double weight, java.util.Map<String, Double> signals) {
        public Tie {
            signals = Lists.copy(signals);
        }
    }

    /**
     * A table the class touches.
     *
     * @param table the table
     * @param access {@code read}, {@code write} or {@code read-write}
     */
    public record TableUse(String table, String access) {}

    /**
     * How strongly a class is tied into one module.
     *
     * @param module the module
     * @param weight the summed weight of its ties into it
     */
    public record Affinity(String module, double weight) {}
}
