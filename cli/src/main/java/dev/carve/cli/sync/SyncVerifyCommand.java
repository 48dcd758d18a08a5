package dev.carve.cli.sync;

import dev.carve.analyzer.CarveException;
import dev.carve.extractor.cdc.SyncService;
import dev.carve.extractor.cdc.VerifyReport;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve sync verify}: compares source and target; exit 1 when rows differ (0 after a successful repair). */
@Command(
        name = "verify",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        header = "Compare source and target row counts and chunked checksums; list differing keys.",
        description = "Exit code 0 when every table matches, 1 when rows are missing, extra or different. With"
                + " --repair the differing rows are copied again from the source (or deleted from the target) and"
                + " the tables are compared once more. Run it when the sync has caught up (lag 0): changes still"
                + " in flight show up as differences.")
public final class SyncVerifyCommand implements Callable<Integer> {
    @Mixin
    SyncConfigOption config;

    @Option(names = "--repair", description = "Re-copy the rows that differ.")
    boolean repair;

    @Option(
            names = "--chunk-rows",
            defaultValue = "10000",
            description = "Rows per checksum chunk (default: ${DEFAULT-VALUE}).")
    int chunkRows;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        VerifyReport report = SyncService.verify(config.load(), repair, chunkRows);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
                "%-32s %-32s %10s %10s %8s %8s %8s%n",
                "SOURCE", "TARGET", "SRC ROWS", "TGT ROWS", "MISSING", "EXTRA", "DIFF");
        for (VerifyReport.TableResult t : report.tables()) {
            out.printf(
                    "%-32s %-32s %10d %10d %8d %8d %8d%n",
                    t.source(), t.target(), t.sourceRows(), t.targetRows(), t.missing(), t.extra(), t.different());
            t.missingKeys().forEach(k -> out.println("  missing   " + k));
            t.extraKeys().forEach(k -> out.println("  extra     " + k));
            t.differentKeys().forEach(k -> out.println("  different " + k));
        }
        if (repair && !report.clean()) {
            VerifyReport after = SyncService.verify(config.load(), false, chunkRows);
            out.printf(
                    "repaired: now %d missing, %d extra, %d different%n",
                    after.missing(), after.extra(), after.different());
            report = after;
        }
        if (!report.clean()) {
            throw CarveException.findings(report.missing() + " missing, " + report.extra() + " extra, "
                    + report.different() + " different rows" + (repair ? " remain" : "; run with --repair to fix"));
        }
        return 0;
    }
}
