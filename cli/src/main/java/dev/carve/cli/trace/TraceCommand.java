package dev.carve.cli.trace;

import dev.carve.analyzer.CarveException;
import dev.carve.cli.StoreOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code carve trace -- <command...>}: runs a JVM command with the Carve agent attached. */
@Command(
        name = "trace",
        mixinStandardHelpOptions = true,
        versionProvider = dev.carve.cli.VersionProvider.class,
        sortOptions = false,
        header = "Record runtime traces: run a JVM command with the Carve agent attached.",
        description = {
            "Runs the command after -- with the agent: a 'java ...' command gets -javaagent directly, any other"
                    + " command (mvnw, gradlew, a script) passes it to every JVM it starts through"
                    + " JAVA_TOOL_OPTIONS. Each entry-point invocation (HTTP request, @Scheduled run, message,"
                    + " main, JUnit test) is recorded into the trace file; import it with"
                    + " 'carve analyze <path> --traces <file>'.",
            "",
            "Example: carve trace --include com.acme -- java -jar app.jar"
        },
        subcommands = {TraceImportCommand.class, TraceSampleCommand.class, TraceShowCommand.class})
public final class TraceCommand implements Callable<Integer> {
    @Mixin
    AgentSettings agent;

    @Parameters(paramLabel = "COMMAND", arity = "0..*", description = "The command to run, after --.")
    List<String> command = new ArrayList<>();

    @Override
    public Integer call() {
        if (command.isEmpty()) {
            throw CarveException.badInput(
                    "no command to trace; give one after --, e.g. carve trace --include com.acme -- java -jar app.jar");
        }
        Path jar = agent.agentJar != null ? agent.agentJar : AgentJar.extract(workspace());
        int status = TracedProcess.run(command, agent.javaagent(jar));
        System.err.println("carve: traces appended to " + agent.out.toAbsolutePath());
        if (status != 0) {
            throw CarveException.findings("the traced command exited with status " + status
                    + "; what it recorded until then is in " + agent.out.toAbsolutePath());
        }
        return 0;
    }

    static Path workspace() {
        return Path.of(StoreOptions.DEFAULT_STORE).toAbsolutePath().normalize().getParent();
    }
}
