package dev.carve.analyzer;

/**
 * The one unchecked exception of Carve's analysis side (analyzer, reports, extractor). Its {@link Kind}
 * decides the command's exit code, so callers never map exceptions themselves.
 */
public class CarveException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong, from the user's point of view; each maps to one exit code. */
    public enum Kind {
        /** A check ran and found something the user must act on (a gate failed). */
        FINDINGS(1),
        /** The input was wrong: a path, a file, a config key, an argument. */
        BAD_INPUT(2),
        /** Carve itself failed; a bug or an environment problem the user cannot fix by changing input. */
        INTERNAL(3);

        private final int exitCode;

        Kind(int exitCode) {
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }

    private final Kind kind;

    public CarveException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public CarveException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    /** Bad input: the message says what was wrong, where, and what to do. */
    public static CarveException badInput(String message) {
        return new CarveException(Kind.BAD_INPUT, message);
    }

    public static CarveException badInput(String message, Throwable cause) {
        return new CarveException(Kind.BAD_INPUT, message, cause);
    }

    public static CarveException internal(String message, Throwable cause) {
        return new CarveException(Kind.INTERNAL, message, cause);
    }

    public static CarveException findings(String message) {
        return new CarveException(Kind.FINDINGS, message);
    }

    public Kind kind() {
        return kind;
    }

    public int exitCode() {
        return kind.exitCode();
    }
}
