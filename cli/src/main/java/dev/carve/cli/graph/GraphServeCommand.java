package dev.carve.cli.graph;

import dev.carve.analyzer.store.BoltServer;
import dev.carve.cli.StoreOptions;
import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve graph serve}: opens Bolt on loopback for Neo4j Browser or cypher-shell until Ctrl-C. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the graph store over Bolt on 127.0.0.1, with auth on, until Ctrl-C.",
            "Connect Neo4j Browser or cypher-shell with the URI, user and password printed at start."
        })
public final class GraphServeCommand implements Runnable {
    @Mixin
    StoreOptions store;

    @Option(
            names = "--port",
            defaultValue = "7687",
            paramLabel = "PORT",
            description = "Bolt port (0: any free one). Default: ${DEFAULT-VALUE}")
    int port;

    @Option(
            names = "--password",
            paramLabel = "PASSWORD",
            defaultValue = "${env:CARVE_SERVE_PASSWORD}",
            description = "Password for user neo4j (8+ characters; or set CARVE_SERVE_PASSWORD). Default: generated.")
    String password;

    @Spec
    CommandSpec spec;

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public void run() {
        BoltServer server = BoltServer.start(store.uri(), "127.0.0.1", port, password);
        Thread hook = new Thread(
                () -> {
                    server.close();
                    stopped.countDown();
                },
                "carve-graph-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + server.store().location() + " over Bolt (Ctrl-C stops).");
        out.println("  URI:      " + server.boltUri());
        out.println("  user:     " + server.user());
        out.println("  password: " + server.password());
        out.println("  e.g.      cypher-shell -a " + server.boltUri() + " -u neo4j -p '<password>'");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            server.close();
        }
    }
}
