package dev.carve.cli.trace;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The agent's options as CLI options, shared by {@code carve trace} and {@code carve trace sample}. */
final class AgentSettings {
    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            defaultValue = "carve-traces.jsonl",
            description = "Trace file to append to. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(
            names = "--include",
            paramLabel = "PACKAGE",
            split = ",",
            description = "Application packages to record (repeat or comma-separate). Default: the main class's.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "PACKAGE", split = ",", description = "Packages or classes to leave out.")
    List<String> exclude = new ArrayList<>();

    @Option(
            names = "--sample",
            paramLabel = "SHARE",
            defaultValue = "1",
            description = "Share of entry-point invocations to record, 0 < share <= 1. Default: ${DEFAULT-VALUE}")
    double sample;

    @Option(
            names = "--flush",
            paramLabel = "SECONDS",
            defaultValue = "5",
            description = "Seconds between flushes: the most a crash can lose. Default: ${DEFAULT-VALUE}")
    double flush;

    @Option(
            names = "--agent-jar",
            paramLabel = "JAR",
            description = "Use this agent jar instead of the one bundled with carve.")
    Path agentJar;

    /** {@code -javaagent:<jar>=out=...,include=a:b,...}. */
    String javaagent(Path jar) {
        StringBuilder options = new StringBuilder("out=").append(out.toAbsolutePath());
        if (!include.isEmpty()) {
            options.append(",include=").append(String.join(":", include));
        }
        if (!exclude.isEmpty()) {
            options.append(",exclude=").append(String.join(":", exclude));
        }
        options.append(",sample=").append(sample).append(",flush=").append(flush);
        return "-javaagent:" + jar + "=" + options;
    }
}
