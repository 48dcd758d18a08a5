package dev.carve.cli.proxy;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code carve proxy reload}: asks the running proxy to reload its config file now. */
@Command(
        name = "reload",
        mixinStandardHelpOptions = true,
        description = "Reloads the running proxy's config file now instead of at the next reloadInterval. A file"
                + " that does not validate is rejected (exit 2, with file, line and key) and the old config keeps"
                + " serving.")
public final class ProxyReloadCommand implements Runnable {
    @Mixin
    AdminOptions admin;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        String result = admin.client().reload();
        spec.commandLine().getOut().println("reload: " + result);
        spec.commandLine().getOut().flush();
    }
}
