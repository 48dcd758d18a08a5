package dev.carve.cli.proxy;

import dev.carve.proxy.RouteStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve proxy pause ROUTE}: holds a route's progressive schedule where it is. */
@Command(
        name = "pause",
        mixinStandardHelpOptions = true,
        description = "Stops the progressive schedule of a route at its current step (the gates still demote it"
                + " when breached). Survives restarts; 'carve proxy resume' continues.")
public final class ProxyPauseCommand implements Runnable {
    @Mixin
    AdminOptions admin;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "Route name.")
    String route;

    @Option(names = "--reason", paramLabel = "TEXT", description = "Shown in 'carve proxy status'.")
    String reason;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        RouteStatus r = admin.client().pause(route, reason);
        spec.commandLine().getOut().println(StatusTable.changed(r));
        spec.commandLine().getOut().flush();
    }
}
