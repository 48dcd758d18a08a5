package dev.carve.cli.sync;

import dev.carve.extractor.cdc.SyncService;
import dev.carve.extractor.cdc.SyncStatus;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/** {@code carve sync status}: state, changes applied, errors and lag, as recorded on the databases. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        header = "Show a sync's state, changes applied, errors and lag (ms and bytes of source WAL).")
public final class SyncStatusCommand implements Callable<Integer> {
    @Mixin
    SyncConfigOption config;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SyncStatus s = SyncService.status(config.load());
        PrintWriter out = spec.commandLine().getOut();
        out.println("sync:       " + s.name());
        out.println("state:      " + s.state().name().toLowerCase(java.util.Locale.ROOT));
        out.println("events:     " + s.events());
        out.println("errors:     " + s.errors() + (s.lastError() == null ? "" : " (last: " + s.lastError() + ")"));
        out.println("lag ms:     " + s.lagMillis());
        out.println("lag bytes:  " + s.lagBytes());
        s.warnings().forEach(w -> spec.commandLine().getErr().println("carve: warning: " + w));
        return 0;
    }
}
