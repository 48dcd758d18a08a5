package dev.carve.agent;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a fixture main class in a new JVM with the packaged agent attached, and reads what it wrote. */
final class ForkedApp {
    static final String INCLUDE = "dev.carve.agent.fixtures.shop";
    private static final ObjectMapper JSON = new ObjectMapper();

    final int exitCode;
    final String stdout;
    final String stderr;

    private ForkedApp(int exitCode, String stdout, String stderr) {
        this.exitCode = exitCode;
        this.stdout = stdout;
        this.stderr = stderr;
    }

    static Path agentJar() {
        Path jar = Path.of("target/carve-agent.jar").toAbsolutePath();
        assertThat(jar).as("the shaded agent (built in the package phase)").exists();
        return jar;
    }

    static ForkedApp run(Path workDir, String agentOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-Djava.io.tmpdir=" + workDir,
                "-javaagent:" + agentJar() + "=" + agentOptions,
                "-cp",
                System.getProperty("java.class.path"),
                mainClass));
        command.addAll(List.of(args));
        Path out = workDir.resolve("stdout.txt");
        Path err = workDir.resolve("stderr.txt");
        Process process = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile())
                .start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the forked app did not finish in 120 s: " + Files.readString(err));
        }
        return new ForkedApp(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    /** Every line of a trace file, parsed; fails on a line that is not complete JSON. */
    static List<JsonNode> lines(Path traces) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(traces)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    static List<JsonNode> invocations(Path traces, String kind) throws IOException {
        return lines(traces).stream()
                .filter(n -> n.path("type").asText().equals("invocations"))
                .filter(n -> n.path("kind").asText().equals(kind))
                .toList();
    }

    /** Sums the call count from caller to callee ({@code Class#method}, short class names relative to the fixture). */
    static long calls(List<JsonNode> records, String from, String to) {
        long sum = 0;
        for (JsonNode r : records) {
            for (JsonNode c : r.path("calls")) {
                if (c.get(0).asText().equals(qualify(from)) && c.get(1).asText().equals(qualify(to))) {
                    sum += c.get(2).asLong();
                }
            }
        }
        return sum;
    }

    static String qualify(String shortId) {
        return shortId.equals("Root") ? shortId : INCLUDE + "." + shortId;
    }
}
