package dev.carve.cli.extract;

import dev.carve.extractor.modulith.ModulithExtractor;
import dev.carve.extractor.modulith.ModulithOptions;
import dev.carve.extractor.modulith.ModulithResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code carve extract modulith}: one proposed module becomes a Spring Modulith application module. */
@Command(
        name = "modulith",
        mixinStandardHelpOptions = true,
        header = "Turn one proposed module into a Spring Modulith module inside the monolith.",
        description = {
            "Moves the module's classes into <base>.<module> (classes nothing outside uses into <base>.<module>.internal),"
                    + " rewrites package declarations, imports, qualified names and names in string literals across"
                    + " the code base keeping its formatting, declares the module with @ApplicationModule, adds"
                    + " ModularityTests, and lists what needs a human in extraction-todo.md. One module per run; a"
                    + " second run changes nothing.",
            "Refuses a work tree with uncommitted changes unless --force. Docs: docs/extractor.md."
        })
public final class ExtractModulithCommand implements Callable<Integer> {
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

    @Option(names = "--dry-run", description = "Print what would change; write nothing.")
    boolean dryRun;

    @Option(names = "--branch", paramLabel = "NAME", description = "Create and check out this git branch first.")
    String branch;

    @Option(names = "--force", description = "Rewrite even with uncommitted changes (or outside git).")
    boolean force;

    @Override
    public Integer call() {
        ModulithResult result = new ModulithExtractor()
                .extract(ModulithOptions.of(project, proposal, module)
                        .withDryRun(dryRun)
                        .withForce(force)
                        .withBranch(branch));
        render(result, spec.commandLine().getOut());
        return 0;
    }

    static void render(ModulithResult result, PrintWriter out) {
        String verb = result.dryRun() ? "would " : "";
        if (result.unchanged()) {
            out.println("Module " + result.module() + " is already extracted into " + result.modulePackage()
                    + "; nothing to change.");
        } else {
            long api = result.moves().stream().filter(ModulithResult.Move::api).count();
            out.printf(
                    "Module %s %sgo%s to %s: %d classes moved (%d API, %d internal), %d files changed, %d created,"
                            + " %d removed.%n",
                    result.module(),
                    verb,
                    result.dryRun() ? "" : "es",
                    result.modulePackage(),
                    result.moves().size(),
                    api,
                    result.moves().size() - api,
                    result.changed().size(),
                    result.created().size(),
                    result.deleted().size());
            result.moves().forEach(m -> out.println("  move    " + m.from() + " -> " + m.to()));
            result.changed().forEach(p -> out.println("  change  " + p));
            result.created().forEach(p -> out.println("  create  " + p));
            result.deleted().forEach(p -> out.println("  remove  " + p));
        }
        result.notes().forEach(n -> out.println("Note: " + n));
        out.println(result.todo().size() + " to-do items for a human in extraction-todo.md"
                + (result.dryRun() ? " (not written: --dry-run)." : "."));
        out.flush();
    }
}
