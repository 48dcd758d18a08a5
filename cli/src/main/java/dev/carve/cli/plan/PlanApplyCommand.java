package dev.carve.cli.plan;

import dev.carve.extractor.plan.MigrationPlanner;
import dev.carve.extractor.plan.PlanApplier;
import dev.carve.proxy.RouteStatus;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve plan apply --step N}: carry out one step of carve-plan.yaml. */
@Command(
        name = "apply",
        mixinStandardHelpOptions = true,
        header = "Carry out one step of carve-plan.yaml.",
        description = "Stage steps move their routes through the admin API of the proxy the plan's proxy section"
                + " describes; sync steps are not driven yet (the message says what to run).")
public final class PlanApplyCommand implements Callable<Integer> {
    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--step", required = true, paramLabel = "N", description = "The step to carry out.")
    int step;

    @Option(
            names = "--plan",
            paramLabel = "FILE",
            defaultValue = MigrationPlanner.FILE_NAME,
            description = "The plan. Default: ${DEFAULT-VALUE}.")
    Path plan;

    @Override
    public Integer call() {
        List<RouteStatus> routes = new PlanApplier().apply(plan, step);
        PrintWriter out = spec.commandLine().getOut();
        out.println("Step " + step + " applied:");
        routes.forEach(r -> out.println("  " + r.name() + ": " + r.stage().id()));
        out.flush();
        return 0;
    }
}
