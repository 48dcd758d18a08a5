package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * The evidence for deciding whether a module deserves to be a separate service, and Carve's default verdict from it
 * (the extractor may decide differently; docs/boundaries.md explains the rules and their thresholds).
 *
 * @param classes member classes
 * @param linesOfCode summed lines of code of the members (0 when unknown)
 * @param couplingIn dependency weight from other modules into this one (static: calls, events, structure, JPA)
 * @param couplingOut dependency weight from this module to others
 * @param dependents modules that depend on this one
 * @param dependencies modules this one depends on
 * @param sharedTables tables this module touches that other modules also write
 * @param crossModuleTransactions business contexts (entry points) that write tables of this module and of another one
 * @param syncCallsOnHotPaths runtime volume of synchronous calls crossing this module's boundary
 * @param changeCoupling share of this module's co-change weight shared with classes of other modules (0..1; 0 when
 *     no history)
 * @param runtimeLoad share of all recorded invocations that touch this module (0..1; 0 without runtime data)
 * @param entryPoints entry points into this module
 * @param verdict {@code extract-service}, {@code modulith-module} or {@code merge}
 * @param mergeWith the module to merge with when the verdict is {@code merge}, else empty
 * @param reasons why, one sentence each
 * @param syncCallsIn synchronous call weight from other modules into this one (part of {@code couplingIn}; this
 *     and the following fields were added later, so files written before them read as 0, empty or false)
 * @param hotPathShare share (0..1) of the runtime call volume touching this module that crosses its boundary: how much
 *     of its hot-path work would become network calls (0 without runtime data)
 * @param partner the module it is most coupled with, in and out (empty when none)
 * @param partnerShare share (0..1) of its crossing coupling that goes to or comes from {@code partner}
 * @param inCycle whether it is in a module dependency cycle
 */
public record RightSizing(
        int classes,
        int linesOfCode,
        double couplingIn,
        double couplingOut,
        int dependents,
        int dependencies,
        int sharedTables,
        int crossModuleTransactions,
        double syncCallsOnHotPaths,
        double changeCoupling,
        double runtimeLoad,
        int entryPoints,
        String verdict,
        String mergeWith,
        List<String> reasons,
        Double syncCallsIn,
        Double hotPathShare,
        String partner,
        Double partnerShare,
        Boolean inCycle) {

    public static final String EXTRACT_SERVICE = "extract-service";
    public static final String MODULITH_MODULE = "modulith-module";
    public static final String MERGE = "merge";

    public RightSizing {
        verdict = Lists.text(verdict);
        mergeWith = Lists.text(mergeWith);
        reasons = Lists.copy(reasons);
        partner = Lists.text(partner);
        // absent in files written before these fields existed
        syncCallsIn = syncCallsIn == null ? 0.0 : syncCallsIn;
        hotPathShare = hotPathShare == null ? 0.0 : hotPathShare;
        partnerShare = partnerShare == null ? 0.0 : partnerShare;
        inCycle = inCycle != null && inCycle;
    }

    /** The original fields only (the later evidence 0, empty or false). */
    public RightSizing(
            int classes,
            int linesOfCode,
            double couplingIn,
            double couplingOut,
            int dependents,
            int dependencies,
            int sharedTables,
            int crossModuleTransactions,
            double syncCallsOnHotPaths,
            double changeCoupling,
            double runtimeLoad,
            int entryPoints,
            String verdict,
            String mergeWith,
            List<String> reasons) {
        this(
                classes,
                linesOfCode,
                couplingIn,
                couplingOut,
                dependents,
                dependencies,
                sharedTables,
                crossModuleTransactions,
                syncCallsOnHotPaths,
                changeCoupling,
                runtimeLoad,
                entryPoints,
                verdict,
                mergeWith,
                reasons,
                0.0,
                0.0,
                "",
                0.0,
                false);
    }
}
