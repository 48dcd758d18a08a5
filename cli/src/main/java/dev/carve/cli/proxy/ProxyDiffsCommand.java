package dev.carve.cli.proxy;

import dev.carve.proxy.shadow.DiffStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code carve proxy diffs ROUTE}: what the shadow comparison found for a route. */
@Command(
        name = "diffs",
        mixinStandardHelpOptions = true,
        description = "Shows a route's shadow comparisons: counts, the paths that differ most, learned noise and"
                + " recent samples (request, both statuses, each difference with both values).")
public final class ProxyDiffsCommand implements Runnable {
    @Mixin
    AdminOptions admin;

    @Parameters(index = "0", paramLabel = "ROUTE", description = "Route name.")
    String route;

    @Option(names = "--json", description = "Print the admin API's answer as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        DiffStats.Snapshot d = admin.client().diffs(route);
        var out = spec.commandLine().getOut();
        if (json) {
            out.println(ProxyStatusCommand.toJson(d));
        } else {
            DiffsText.print(route, d, out);
        }
        out.flush();
    }
}
