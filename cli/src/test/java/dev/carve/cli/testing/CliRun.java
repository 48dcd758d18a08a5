package dev.carve.cli.testing;

import dev.carve.cli.Carve;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One in-process run of the {@code carve} command line, as the launcher would run it: exit code, stdout, stderr. */
public record CliRun(int exit, String out, String err) {

    /** Runs {@code carve <args>} in this JVM with captured output. */
    public static CliRun carve(String... args) {
        CommandLine cli = Carve.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }
}
