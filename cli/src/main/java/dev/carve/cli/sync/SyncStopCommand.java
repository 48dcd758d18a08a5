package dev.carve.cli.sync;

import dev.carve.extractor.cdc.SyncService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve sync stop [--drop-slot]}: cleans up after a stopped sync. */
@Command(
        name = "stop",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        header = "Clean up a stopped sync: with --drop-slot, drop its replication slot and publication.",
        description = "Refuses while the sync process still runs (stop it first). Without --drop-slot the slot is"
                + " kept so the sync can resume; it then holds WAL on the source until it does.")
public final class SyncStopCommand implements Callable<Integer> {
    @Mixin
    SyncConfigOption config;

    @Option(names = "--drop-slot", description = "Drop the replication slot(s) and publication(s) for good.")
    boolean dropSlot;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SyncService.stop(config.load(), dropSlot).forEach(spec.commandLine().getOut()::println);
        return 0;
    }
}
