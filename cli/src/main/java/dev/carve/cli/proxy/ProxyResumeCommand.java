package dev.carve.cli.proxy;

import dev.carve.proxy.RouteStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve proxy resume ROUTE}: continues a paused progressive schedule. */
@Command(
        name = "resume",
        mixinStandardHelpOptions = true,
        description = "Continues the progressive schedule of a paused route.")
public final class ProxyResumeCommand implements Runnable {
    @Mixin
    AdminOptions admin;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "Route name.")
    String route;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        RouteStatus r = admin.client().resume(route);
        spec.commandLine().getOut().println(StatusTable.changed(r));
        spec.commandLine().getOut().flush();
    }
}
