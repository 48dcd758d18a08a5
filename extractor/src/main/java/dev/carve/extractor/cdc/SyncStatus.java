package dev.carve.extractor.cdc;

import java.util.List;

/**
 * Where a sync stands: its state, changes applied, errors, and lag (end-to-end in milliseconds, and in bytes of
 * source WAL not yet applied). {@code lagP99Millis} covers the recent events of a running sync (0 when read from
 * another process).
 */
public record SyncStatus(
        String name,
        State state,
        long events,
        long errors,
        long lagMillis,
        long lagP99Millis,
        long lagBytes,
        long echoesSuppressed,
        String lastError,
        List<String> warnings) {

    public SyncStatus {
        warnings = List.copyOf(warnings);
    }

    /** Whether the sync is running, stopped (slot inactive) or failed (the message says why). */
    public enum State {
        RUNNING,
        STOPPED,
        FAILED
    }
}
