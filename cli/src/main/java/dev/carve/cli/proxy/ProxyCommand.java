package dev.carve.cli.proxy;

import dev.carve.proxy.CarveProxy;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code carve proxy --config carve-proxy.yaml}: the strangler proxy in the foreground until Ctrl-C, then drains. */
@Command(
        name = "proxy",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Run the strangler proxy in front of the legacy app, or control a running one.",
        description = {
            "With --config and no subcommand: runs the proxy in the foreground. It prints where it listens and where"
                    + " the admin API and its token are; Ctrl-C (or SIGTERM) stops taking new connections, drains"
                    + " in-flight requests (up to timeouts.drain), saves the stage state and exits 0.",
            "The config file is reloaded when it changes; a change that does not validate is rejected with file,"
                    + " line and key, and the previous config keeps serving.",
            "Format of the config: docs/formats/carve-proxy.md. Operator guide: docs/proxy.md.",
            ""
        },
        subcommands = {
            ProxyDemoteCommand.class,
            ProxyDiffsCommand.class,
            ProxyPauseCommand.class,
            ProxyPromoteCommand.class,
            ProxyReloadCommand.class,
            ProxyResumeCommand.class,
            ProxyStatusCommand.class,
        })
public final class ProxyCommand implements Runnable {
    @Option(
            names = {"-c", "--config"},
            paramLabel = "FILE",
            description = "The proxy config (carve-proxy.yaml).")
    Path config;

    @Option(
            names = "--section",
            paramLabel = "KEY",
            defaultValue = "",
            description = "Read the config from this key of a larger file (e.g. 'proxy' of a carve-plan.yaml);"
                    + " such a config is not hot-reloaded.")
    String section;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (config == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Missing --config FILE: the proxy config to run with (see docs/formats/carve-proxy.md),"
                            + " or give a subcommand such as 'status'.");
        }
        CarveProxy proxy = CarveProxy.start(config, section);
        PrintWriter err = spec.commandLine().getErr();
        Thread stop = new Thread(
                () -> {
                    err.println("carve proxy: stopping; draining in-flight requests (up to "
                            + proxy.config().timeouts().drain() + ")");
                    err.flush();
                    proxy.close();
                    err.println("carve proxy: stopped");
                    err.flush();
                    holdUntilHalted();
                },
                "carve-proxy-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        new StartBanner(proxy, config, section).print(spec.commandLine().getOut());
        try {
            proxy.awaitClosed();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            proxy.close();
        }
    }

    /**
     * After a signal, the main thread returns once the proxy is closed and {@code Carve.main} halts the JVM with exit
     * code 0 (a clean drain). Were this hook to return first, the JVM could exit with the signal's code (130, 143)
     * instead; so it waits here, briefly, to be halted.
     */
    private static void holdUntilHalted() {
        try {
            new CountDownLatch(1).await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
