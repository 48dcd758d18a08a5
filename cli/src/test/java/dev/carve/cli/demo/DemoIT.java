package dev.carve.cli.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A shorter {@code carve demo} on the built sample: trace, analyze and suggest, the first movable module's new side
 * with its own database, the sync both ways, the proxy in front with the module's routes moving to new under traffic,
 * the row-by-row verification. Asserts the zero-loss summary and that nothing it started is left running (processes,
 * both databases).
 */
class DemoIT {
    private static final Path ROOT =
            Path.of(System.getProperty("carve.root", "..")).toAbsolutePath().normalize();

    @Test
    void tracesAnalyzesAndServesTheWorkloadThroughTheProxyWithNoFailedRequest() throws Exception {
        Path workspace = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"), "demo-it"));
        DemoOptions options =
                new DemoOptions(ROOT, workspace, null, Duration.ofSeconds(20), 600, 6, 42, false, false, false);
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        AtomicReference<String> rendered = new AtomicReference<>();

        DemoSummary summary = new DemoService(options, new PrintStream(progress, true, StandardCharsets.UTF_8))
                .run(s -> {
                    StringWriter text = new StringWriter();
                    s.render(new PrintWriter(text));
                    rendered.set(text.toString());
                });

        String log = progress.toString(StandardCharsets.UTF_8) + rendered.get();
        assertThat(summary.problems()).as(log).isEmpty();
        assertThat(summary.traffic().requests()).as(log).isPositive();
        assertThat(summary.traffic().errors()).as(log).isZero();
        assertThat(summary.module()).as(log).isNotBlank();
        assertThat(summary.routes()).as(log).containsValue("new");
        assertThat(summary.data().rows()).as(log).isPositive();
        assertThat(summary.data().clean()).as(log).isTrue();
        assertThat(summary.phases()).containsOnlyKeys("trace", "analyze", "extract", "connect", "traffic", "verify");
        assertThat(Path.of(summary.report())).as("the HTML report").isRegularFile();
        assertThat(rendered.get()).contains("ZERO LOSS: yes");
        assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive))
                .as("processes the demo started")
                .isEmpty();
        assertThat(workspace.resolve("legacy-db"))
                .as("the monolith's database is removed")
                .doesNotExist();
        assertThat(workspace.resolve("service-db"))
                .as("the new side's database is removed")
                .doesNotExist();
    }
}
