package dev.carve.cli.trace;

import dev.carve.analyzer.CarveException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Starts a command with the agent attached: a {@code java} command gets {@code -javaagent:} right after the
 * executable; any other command (a build tool, a script) gets it through {@code JAVA_TOOL_OPTIONS}, so every JVM it
 * starts records into the same file.
 */
final class TracedProcess {
    private TracedProcess() {}

    static List<String> withAgent(List<String> command, String javaagent) {
        List<String> out = new ArrayList<>(command);
        if (isJava(command.get(0))) {
            out.add(1, javaagent);
        }
        return out;
    }

    static boolean isJava(String executable) {
        String name = Path.of(executable).getFileName().toString();
        return name.equals("java") || name.equals("java.exe");
    }

    /** Runs the command with inherited standard streams and returns its exit status. */
    static int run(List<String> command, String javaagent) {
        ProcessBuilder builder = new ProcessBuilder(withAgent(command, javaagent)).inheritIO();
        if (!isJava(command.get(0))) {
            Map<String, String> env = builder.environment();
            String existing = env.getOrDefault("JAVA_TOOL_OPTIONS", "");
            env.put("JAVA_TOOL_OPTIONS", (existing + " " + quoted(javaagent)).trim());
        }
        try {
            Process process = builder.start();
            return process.waitFor();
        } catch (IOException e) {
            throw CarveException.badInput(
                    "cannot start '" + command.get(0) + "': " + e.getMessage() + "; check the command after --", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CarveException.internal("interrupted while waiting for the traced command", e);
        }
    }

    private static String quoted(String option) {
        return option.contains(" ") ? "\"" + option + "\"" : option;
    }
}
