package dev.carve.proxy;

/**
 * The proxy module's one unchecked exception. The proxy depends on Netty only, so it does not share the
 * analyzer's exception type; the CLI maps both through the same exit codes (2 bad input, 3 internal).
 */
public class ProxyException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final boolean badInput;

    protected ProxyException(String message, boolean badInput, Throwable cause) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** The configuration or a request to the admin API was wrong; the message says where and what to do. */
    public static ProxyException badInput(String message) {
        return new ProxyException(message, true, null);
    }

    public static ProxyException badInput(String message, Throwable cause) {
        return new ProxyException(message, true, cause);
    }

    public static ProxyException internal(String message, Throwable cause) {
        return new ProxyException(message, false, cause);
    }

    public boolean isBadInput() {
        return badInput;
    }

    public int exitCode() {
        return badInput ? 2 : 3;
    }
}
