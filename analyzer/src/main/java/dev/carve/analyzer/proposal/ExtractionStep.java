package dev.carve.analyzer.proposal;

import java.util.List;

/**
 * One module's place in the extraction order, easiest first.
 *
 * @param rank 1 for the easiest
 * @param module the module
 * @param difficulty the score the order is sorted by (lower is easier; see docs/boundaries.md)
 * @param incomingDependencies dependency occurrences from other modules into it
 * @param sharedTables tables it shares with other modules
 * @param cycleWith modules it is in a dependency cycle with
 * @param classes its size
 * @param cuts what has to change to take it out, largest first
 */
public record ExtractionStep(
        int rank,
        String module,
        double difficulty,
        double incomingDependencies,
        int sharedTables,
        List<String> cycleWith,
        int classes,
        List<Cut> cuts) {

    public ExtractionStep {
        cycleWith = Lists.copy(cycleWith);
        cuts = Lists.copy(cuts);
    }

    /**
     * One concrete change a boundary needs.
     *
     * @param action {@code api} (synchronous calls go through an API), {@code event} (keep it asynchronous through a
     *     broker), {@code shared-library} (depend on the shared kernel), {@code data-api} or {@code cdc-replication}
     *     (access to another module's table)
     * @param from the class on the calling side (or the table for data cuts)
     * @param to the class called (or the table)
     * @param fromModule its module
     * @param toModule the other module
     * @param count occurrences
     * @param members the members used, when known
     * @param text the cut in one sentence, e.g. "3 calls from OrderService into CustomerDao must go through an API"
     */
    public record Cut(
            String action,
            String from,
            String to,
            String fromModule,
            String toModule,
            double count,
            List<String> members,
            String text) {
        public Cut {
            members = Lists.copy(members);
            text = Lists.text(text);
        }
    }
}
