package dev.carve.extractor.cdc;

import dev.carve.analyzer.CarveException;

/** A sync failure; its kind (bad input, findings, internal) decides the exit code in the CLI. */
public final class SyncException extends CarveException {
    private static final long serialVersionUID = 1L;

    SyncException(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    /** The configuration or the databases are not fit for a sync; the message says how to fix it. */
    static SyncException refused(String message) {
        return new SyncException(Kind.BAD_INPUT, message, null);
    }

    static SyncException refused(String message, Throwable cause) {
        return new SyncException(Kind.BAD_INPUT, message, cause);
    }

    /** The sync had to stop (e.g. an incompatible schema change); the message says what to do. */
    static SyncException stopped(String message) {
        return new SyncException(Kind.FINDINGS, message, null);
    }

    static SyncException failed(String message, Throwable cause) {
        return new SyncException(Kind.INTERNAL, message, cause);
    }
}
