package dev.carve.cli;

import dev.carve.analyzer.CarveException;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The one place that turns exceptions into exit codes and messages: 0 ok, 1 findings, 2 bad input or usage, 3
 * internal error. Commands throw; they never pick exit codes or print stack traces themselves.
 */
public final class ExitCodes implements IExitCodeExceptionMapper, IExecutionExceptionHandler {
    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int BAD_INPUT = 2;
    public static final int INTERNAL = 3;

    private static final Logger LOG = LoggerFactory.getLogger(ExitCodes.class);

    static void configure(CommandLine cli) {
        ExitCodes codes = new ExitCodes();
        cli.setExitCodeExceptionMapper(codes);
        cli.setExecutionExceptionHandler(codes);
        cli.setParameterExceptionHandler(ExitCodes::onUsageError);
    }

    @Override
    public int getExitCode(Throwable exception) {
        return exitCodeOf(exception);
    }

    /** The mapping itself: every module's exception type declares what kind of failure it is. */
    public static int exitCodeOf(Throwable exception) {
        if (exception instanceof ParameterException) {
            return BAD_INPUT;
        }
        if (exception instanceof dev.carve.extractor.cdc.SyncException sync) {
            return sync.exitCode(); // a CarveException too; listed so the sync's kinds are visibly mapped here
        }
        if (exception instanceof CarveException carve) {
            return carve.exitCode();
        }
        if (exception instanceof dev.carve.proxy.ProxyException proxy) {
            return proxy.exitCode();
        }
        return INTERNAL;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cli, ParseResult parsed) {
        int code = exitCodeOf(ex);
        PrintWriter err = cli.getErr();
        if (code == INTERNAL) {
            err.println("carve: internal error: " + describe(ex));
            err.println("This is a bug in Carve or a problem with the environment. Run again with -v for details.");
            LOG.info("internal error", ex);
        } else {
            err.println("carve: " + ex.getMessage());
            LOG.debug("failure", ex);
        }
        err.flush();
        return code;
    }

    private static String describe(Throwable ex) {
        String message = ex.getMessage();
        return ex.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static int onUsageError(ParameterException ex, String[] args) {
        CommandLine cli = ex.getCommandLine();
        PrintWriter err = cli.getErr();
        err.println("carve: " + ex.getMessage());
        if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
            err.println();
        }
        cli.usage(err, cli.getColorScheme());
        return BAD_INPUT;
    }
}
