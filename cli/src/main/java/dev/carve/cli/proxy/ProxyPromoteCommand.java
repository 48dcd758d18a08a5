package dev.carve.cli.proxy;

import dev.carve.proxy.RouteStatus;
import dev.carve.proxy.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve proxy promote ROUTE}: one stage (or canary step) up, or straight to {@code --to}. */
@Command(
        name = "promote",
        mixinStandardHelpOptions = true,
        description = "Moves a route up: legacy -> shadow -> canary (its canary.percent, or the next progressive"
                + " step) -> new. The gates keep watching and demote it again when breached.")
public final class ProxyPromoteCommand implements Runnable {
    @Mixin
    AdminOptions admin;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "Route name (as in 'carve proxy status').")
    String route;

    @Option(
            names = "--to",
            paramLabel = "STAGE",
            converter = StageConverter.class,
            description = "Go straight to this stage: legacy, shadow, canary or new.")
    Stage stage;

    @Option(
            names = "--percent",
            paramLabel = "P",
            description = "Canary split in percent (0-100), e.g. --to canary --percent 5.")
    Double percent;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Recorded in the route's history.")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        RouteStatus r = admin.client().promote(route, stage, percent, reason);
        spec.commandLine().getOut().println(StatusTable.changed(r));
        spec.commandLine().getOut().flush();
    }
}
