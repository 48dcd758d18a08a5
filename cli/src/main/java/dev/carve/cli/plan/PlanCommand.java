package dev.carve.cli.plan;

import dev.carve.analyzer.CarveException;
import dev.carve.analyzer.proposal.ProposalJson;
import dev.carve.extractor.plan.MigrationPlanner;
import dev.carve.extractor.plan.PlanOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve plan --module NAME}: write the migration plan of one module. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        header = "Write the migration plan (carve-plan.yaml) of one proposed module.",
        description = {
            "Proxy routes for the module's entry points (a section 'carve proxy --config carve-plan.yaml --section"
                    + " proxy' loads as it is), the tables to copy with change data capture, and the steps with"
                    + " their checks and rollbacks, in order. Format: docs/formats/carve-plan.md."
        },
        subcommands = {PlanApplyCommand.class})
public final class PlanCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--module", paramLabel = "NAME", description = "The proposed module (required to write a plan).")
    String module;

    @Option(
            names = "--proposal",
            paramLabel = "FILE",
            defaultValue = ".carve/carve-proposal.json",
            description = "The boundary proposal. Default: ${DEFAULT-VALUE}.")
    Path proposal;

    @Option(
            names = "--out",
            paramLabel = "FILE",
            defaultValue = MigrationPlanner.FILE_NAME,
            description = "Where to write the plan. Default: ${DEFAULT-VALUE}.")
    Path out;

    @Option(
            names = "--legacy-url",
            paramLabel = "URL",
            defaultValue = "http://127.0.0.1:8080",
            description = "The monolith behind the proxy. Default: ${DEFAULT-VALUE}.")
    String legacyUrl;

    @Option(
            names = "--service-url",
            paramLabel = "URL",
            defaultValue = "http://127.0.0.1:8180",
            description = "The extracted service. Default: ${DEFAULT-VALUE}.")
    String serviceUrl;

    @Option(
            names = "--proxy-port",
            paramLabel = "PORT",
            defaultValue = "9000",
            description = "Port the proxy listens on. Default: ${DEFAULT-VALUE}.")
    int proxyPort;

    @Option(
            names = "--admin-port",
            paramLabel = "PORT",
            defaultValue = "9001",
            description = "Port of the proxy's admin API. Default: ${DEFAULT-VALUE}.")
    int adminPort;

    @Option(
            names = "--legacy-db",
            paramLabel = "JDBC_URL",
            description = "The monolith's database, the sync's source (password from $CARVE_LEGACY_DB_PASSWORD)."
                    + " Without it the plan's sync section starts an embedded PostgreSQL.")
    String legacyDb;

    @Option(
            names = "--service-db",
            paramLabel = "JDBC_URL",
            description = "The service's database, the sync's target (password from $CARVE_SERVICE_DB_PASSWORD)."
                    + " Without it the plan's sync section starts an embedded PostgreSQL.")
    String serviceDb;

    @Override
    public Integer call() {
        if (module == null) {
            throw new picocli.CommandLine.ParameterException(
                    spec.commandLine(), "Missing required option: '--module=NAME'");
        }
        PlanOptions options = PlanOptions.defaults()
                .withLegacyUrl(legacyUrl)
                .withServiceUrl(serviceUrl)
                .withProxyPort(proxyPort)
                .withAdminPort(adminPort)
                .withLegacyDb(legacyDb)
                .withServiceDb(serviceDb);
        String plan = new MigrationPlanner().plan(ProposalJson.read(proposal), module, options);
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, plan, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw CarveException.badInput(out + ": cannot write the plan: " + e.getMessage(), e);
        }
        spec.commandLine().getOut().println("Plan for module " + module + " written to " + out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
