package dev.carve.cli;

import picocli.CommandLine;

/** Entry point of the runnable jar. */
public final class Carve {
    private Carve() {}

    public static void main(String[] args) {
        int status = run(args);
        Runtime.getRuntime().halt(flushAndReturn(status));
    }

    /** Runs the command line and returns the exit code, without exiting; tests call this. */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /** The fully configured command line: exit-code mapping, error handling, help. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new CarveCommand());
        ExitCodes.configure(cli);
        return cli;
    }

    private static int flushAndReturn(int status) {
        System.out.flush();
        System.err.flush();
        return status;
    }
}
