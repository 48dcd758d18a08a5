package dev.carve.extractor;

import dev.carve.analyzer.CarveException;

/**
 * The extractor's failure: bad input (unknown module, stale proposal, dirty work tree) or an internal error. A
 * {@link CarveException}, so the CLI's single mapping gives its exit code.
 */
public final class ExtractionException extends CarveException {
    private static final long serialVersionUID = 1L;

    private ExtractionException(Kind kind, String message, Throwable cause) {
        super(kind, message, cause);
    }

    public static ExtractionException badInput(String message) {
        return new ExtractionException(Kind.BAD_INPUT, message, null);
    }

    public static ExtractionException internal(String message, Throwable cause) {
        return new ExtractionException(Kind.INTERNAL, message, cause);
    }
}
