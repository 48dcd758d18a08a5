package dev.carve.cli.trace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.cli.Carve;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TraceCommandTest {
    @TempDir
    Path tmp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void tmpdirExists() throws IOException {
        Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir")));
    }

    private int carve(String... args) {
        CommandLine cli = Carve.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void showSummarizesMono2MicroTracesPerBusinessContext() {
        int status = carve("trace", "show", acmeair().toString());

        assertThat(status).isZero();
        assertThat(out.toString())
                .contains("20 business contexts, 28 classes, 61 runtime call edges")
                .contains("book_selected_flight");
    }

    @Test
    void anEmptyTraceIsBadInputWithAHint() throws IOException {
        Path empty = Files.writeString(tmp.resolve("carve-traces.jsonl"), "{\"type\":\"agent-start\",\"v\":1}\n");

        assertThat(carve("trace", "show", empty.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("holds no calls", "include=");
    }

    @Test
    void traceWithoutACommandIsAUsageError() {
        assertThat(carve("trace")).isEqualTo(2);
        assertThat(err.toString()).contains("give one after --");
    }

    @Test
    void aJavaCommandGetsTheAgentRightAfterTheExecutable() {
        assertThat(TracedProcess.withAgent(java.util.List.of("/opt/jdk/bin/java", "-jar", "app.jar"), "-javaagent:a"))
                .containsExactly("/opt/jdk/bin/java", "-javaagent:a", "-jar", "app.jar");
        assertThat(TracedProcess.withAgent(java.util.List.of("./mvnw", "test"), "-javaagent:a"))
                .containsExactly("./mvnw", "test");
    }

    private static Path acmeair() {
        // set by the build (carve.shared, default ${carve.root}/testdata/shared; see testdata/shared/ORIGIN.md)
        return Path.of(System.getProperty("carve.shared", "testdata/shared"), "benchmarks", "acmeair");
    }
}
