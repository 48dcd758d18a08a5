package dev.carve.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/** {@code -v}/{@code -vv}: more log on stderr. A mixin so every command accepts it. */
public final class Verbosity {
    private boolean[] verbose = new boolean[0];

    @Option(
            names = {"-v", "--verbose"},
            description = "Log more on stderr (-v info, -vv debug).",
            scope = picocli.CommandLine.ScopeType.INHERIT)
    void setVerbose(boolean[] verbose) {
        this.verbose = verbose;
        Level level = verbose.length >= 2 ? Level.DEBUG : verbose.length == 1 ? Level.INFO : Level.WARN;
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(level);
    }

    public boolean isVerbose() {
        return verbose.length > 0;
    }
}
