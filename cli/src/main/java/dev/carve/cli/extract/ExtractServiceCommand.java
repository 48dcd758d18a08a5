package dev.carve.cli.extract;

import dev.carve.extractor.service.ServiceExtractor;
import dev.carve.extractor.service.ServiceOptions;
import dev.carve.extractor.service.ServiceResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve extract service}: one proposed module becomes a Spring Boot service, called through a seam. */
@Command(
        name = "service",
        mixinStandardHelpOptions = true,
        header = "Turn one proposed module into a separate Spring Boot service with a switchable seam.",
        description = {
            "Generates a standalone Spring Boot project (--out) with the module's classes, the schema of the tables it"
                    + " owns, a REST API for the calls other modules make into it, health/metrics/tracing, tests, a"
                    + " Dockerfile and Kubernetes manifests. In the monolith, those calls go through an interface"
                    + " with an in-process and an HTTP implementation, switched by carve.seam.<module>=local|remote"
                    + " (local by default). What Carve cannot map is listed in extraction-todo.md.",
            "Refuses a monolith with uncommitted changes unless --force. Docs: docs/extractor.md."
        })
public final class ExtractServiceCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--module", required = true, paramLabel = "NAME", description = "The proposed module to extract.")
    String module;

    @Option(
            names = "--project",
            paramLabel = "DIR",
            defaultValue = ".",
            description = "The monolith's Maven project (holding pom.xml and src/main/java). Default: the current"
                    + " directory.")
    Path project;

    @Option(
            names = "--proposal",
            paramLabel = "FILE",
            defaultValue = ".carve/carve-proposal.json",
            description = "The boundary proposal from 'carve suggest'. Default: ${DEFAULT-VALUE}.")
    Path proposal;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description = "Where the service project goes. Default: <module>-service next to the project.")
    Path out;

    @Option(names = "--dry-run", description = "Print what would be generated and changed; write nothing.")
    boolean dryRun;

    @Option(
            names = "--force",
            description = "Write even with uncommitted changes (or outside git); replace an earlier generated"
                    + " service in --out.")
    boolean force;

    @Override
    public Integer call() {
        ServiceResult result = new ServiceExtractor()
                .extract(ServiceOptions.of(project, proposal, module)
                        .withOut(out)
                        .withDryRun(dryRun)
                        .withForce(force));
        render(result, spec.commandLine().getOut());
        return 0;
    }

    static void render(ServiceResult result, PrintWriter out) {
        String verb = result.dryRun() ? "would be" : "is";
        out.printf(
                "Module %s %s extracted as %s in %s: %d files, %d seam route(s), %d entry point(s), tables %s.%n",
                result.module(),
                verb,
                result.serviceName(),
                result.projectDir(),
                result.serviceFiles().size(),
                result.routes().stream()
                        .filter(r -> r.kind() == ServiceResult.Route.Kind.SEAM)
                        .count(),
                result.routes().stream()
                        .filter(r -> r.kind() == ServiceResult.Route.Kind.ENTRY_POINT)
                        .count(),
                result.ownedTables());
        result.routes().forEach(r -> out.println("  route   " + r.method() + " " + r.path() + " (" + r.kind() + ")"));
        result.seams()
                .forEach(s ->
                        out.println("  seam    " + s.memberClass() + " -> " + s.seamInterface() + " " + s.methods()));
        result.monolithChanged().forEach(p -> out.println("  change  " + p));
        result.monolithCreated().forEach(p -> out.println("  create  " + p));
        out.println("Switch: " + result.seamProperty() + "=local|remote (local by default), " + result.seamUrlProperty()
                + "=http://host:port");
        out.println("Build:  (cd " + result.projectDir() + " && ./mvnw -B package)");
        out.println("Start:  " + String.join(" ", result.startCommand(ServiceExtractor.DEFAULT_SERVICE_PORT)));
        out.println(result.todo().size() + " to-do items for a human in "
                + result.projectDir().resolve("extraction-todo.md")
                + (result.dryRun() ? " (not written: --dry-run)." : "."));
        out.flush();
    }
}
