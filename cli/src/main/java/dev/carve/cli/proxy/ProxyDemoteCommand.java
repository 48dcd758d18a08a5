package dev.carve.cli.proxy;

import dev.carve.proxy.RouteStatus;
import dev.carve.proxy.Stage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve proxy demote ROUTE}: one stage down, or a rollback straight to {@code --to legacy}. */
@Command(
        name = "demote",
        mixinStandardHelpOptions = true,
        description = {
            "Moves a route down one stage (new -> canary -> shadow -> legacy), or straight to --to.",
            "Roll a route back completely with: carve proxy demote ROUTE --to legacy --reason '...'"
        })
public final class ProxyDemoteCommand implements Runnable {
    @Mixin
    AdminOptions admin;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "Route name (as in 'carve proxy status').")
    String route;

    @Option(
            names = "--to",
            paramLabel = "STAGE",
            converter = StageConverter.class,
            description = "Go straight to this stage: legacy, shadow or canary.")
    Stage stage;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Recorded in the route's history.")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        RouteStatus r = admin.client().demote(route, stage, reason);
        spec.commandLine().getOut().println(StatusTable.changed(r));
        spec.commandLine().getOut().flush();
    }
}
