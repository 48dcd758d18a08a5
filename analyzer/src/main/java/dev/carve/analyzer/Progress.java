package dev.carve.analyzer;

/**
 * Progress of long work, reported by the service doing it and rendered by the caller (the CLI draws a bar on
 * stderr). Implementations must be thread-safe: parallel workers call {@link #advance(long)}.
 */
public interface Progress {
    /** Reports nothing; for tests and quiet runs. */
    Progress NONE = new Progress() {
        @Override
        public void phase(String name, long total) {}

        @Override
        public void advance(long done) {}

        @Override
        public void done() {}
    };

    /** A new phase begins with this many units of work, or -1 when the amount is unknown. */
    void phase(String name, long total);

    /** This many more units of the current phase are done. */
    void advance(long done);

    /** All phases are over; the renderer clears its line. */
    void done();

    /** A one-line note the user should see (a warning, a summary), printed above the bar. */
    default void note(String message) {}
}
