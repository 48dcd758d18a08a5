package dev.carve.cli.sync;

import dev.carve.extractor.cdc.SyncService;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve sync export-connect}: the same sync as Kafka Connect connector configs. */
@Command(
        name = "export-connect",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        header = "Write Kafka Connect configs: a Debezium PostgreSQL source and a JDBC sink per table.",
        description = "For running the sync on a Kafka Connect cluster. POST each JSON file to the Connect REST API"
                + " (/connectors); run the publication SQL on the source first.")
public final class SyncExportConnectCommand implements Callable<Integer> {
    @Mixin
    SyncConfigOption config;

    @Option(
            names = {"-o", "--out"},
            defaultValue = "connect",
            description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SyncService.exportConnect(config.load(), out)
                .forEach(p -> spec.commandLine().getOut().println(p));
        return 0;
    }
}
