package dev.carve.cli.sync;

import dev.carve.extractor.cdc.SyncConfig;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --config carve-sync.yaml} option every sync command takes. */
public final class SyncConfigOption {
    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            defaultValue = "carve-sync.yaml",
            description = "The sync config (default: ${DEFAULT-VALUE}); see docs/formats/carve-sync.md.")
    Path file;

    @Option(
            names = "--section",
            paramLabel = "KEY",
            defaultValue = "",
            description = "Read the config from this key of a larger file (e.g. 'sync' of a carve-plan.yaml).")
    String section;

    SyncConfig load() {
        return SyncConfig.load(file, section);
    }
}
