package com.acme.shop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Starts the packaged jar the way a user does, with a database URL nothing answers on. */
class UnreachableDatabaseIT {

    @Test
    void refusedConnectionEndsTheStartWithOneLineNamingTheUrl() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/shop";
        Run run = start("--spring.datasource.url=" + url);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).anyMatch(line -> line.contains("Cannot connect to the database at " + url));
        assertThat(run.output()).noneMatch(line -> line.startsWith("\tat ") || line.contains("Caused by:"));
        assertThat(run.output()).noneMatch(line -> line.contains("Embedded PostgreSQL"));
    }

    @Test
    void unknownHostFailsTheSameWay() throws Exception {
        String url = "jdbc:postgresql://no-such-host.invalid:5432/shop";
        Run run = start("--spring.datasource.url=" + url, "--spring.datasource.username=shop");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.output()).anyMatch(line -> line.contains("Cannot connect to the database at " + url));
        assertThat(run.output()).noneMatch(line -> line.startsWith("\tat "));
    }

    private record Run(int exitCode, List<String> output) {}

    private static Run start(String... args) throws IOException, InterruptedException {
        Path jar = Path.of(System.getProperty("sample.jar", "target/carve-sample-monolith.jar"));
        assertThat(jar).as("the packaged application (mvn package)").exists();
        Path log = Files.createTempFile("unreachable", ".log");
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"),
                "-jar",
                jar.toString(),
                "--server.port=0"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the application neither started nor failed within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readAllLines(log, StandardCharsets.UTF_8));
    }
}
