package dev.carve.cli.sync;

import dev.carve.extractor.cdc.SyncHandle;
import dev.carve.extractor.cdc.SyncService;
import dev.carve.extractor.cdc.SyncStatus;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code carve sync --config carve-sync.yaml}: runs the sync until interrupted (Ctrl-C stops it cleanly). */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        header = "Copy tables to an extracted service's database and keep them in sync (Debezium CDC).",
        description = {
            "Snapshots the configured tables from the source PostgreSQL, then streams every change to the target"
                    + " (upsert/delete by primary key, the source position committed with the rows). Runs until"
                    + " interrupted; a restart resumes where it stopped. Without URLs in the config both sides are"
                    + " embedded PostgreSQL instances under .carve/sync.",
            "",
            "Example: carve sync --config carve-sync.yaml"
        },
        subcommands = {
            SyncExportConnectCommand.class,
            SyncStatusCommand.class,
            SyncStopCommand.class,
            SyncVerifyCommand.class
        })
public final class SyncCommand implements Callable<Integer> {
    @Mixin
    SyncConfigOption config;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter err = spec.commandLine().getErr();
        SyncHandle sync = SyncService.start(config.load());
        Thread hook = new Thread(sync::close, "carve-sync-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        sync.warnings().forEach(w -> err.println("carve: warning: " + w));
        err.println("carve: sync " + sync.config().name() + " running: "
                + sync.config().source() + " -> "
                + sync.config().target() + (sync.metricsPort() > 0 ? ", metrics on :" + sync.metricsPort() : "")
                + ". Ctrl-C stops it.");
        err.flush();
        // the engines run on their own threads; this one waits until one stops (a failure) or Ctrl-C closes them
        sync.awaitStop(Duration.ofDays(365_000));
        SyncStatus last = sync.status();
        if (last.state() == SyncStatus.State.FAILED) {
            Runtime.getRuntime().removeShutdownHook(hook);
            sync.close();
            throw new dev.carve.analyzer.CarveException(
                    dev.carve.analyzer.CarveException.Kind.FINDINGS, "sync stopped: " + last.lastError());
        }
        return 0;
    }
}
