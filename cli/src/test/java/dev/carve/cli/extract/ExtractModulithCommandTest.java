package dev.carve.cli.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.carve.cli.Carve;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code carve extract modulith} as a user runs it: exit codes and messages for bad input. */
class ExtractModulithCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private static Run carve(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = Carve.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int exit = cli.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void aMissingProposalIsBadInputWithAHint() {
        Run run = carve(
                "extract",
                "modulith",
                "--module",
                "coupon",
                "--project",
                dir.toString(),
                "--proposal",
                dir.resolve("none.json").toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("none.json").contains("carve suggest");
    }

    @Test
    void anUnknownModuleIsBadInputAndListsTheModules() throws Exception {
        Path root =
                Path.of(System.getProperty("carve.root", "..")).toAbsolutePath().normalize();
        Path proposal = root.resolve("extractor/src/test/resources/sample/carve-proposal.json");
        Files.createDirectories(dir.resolve("src/main/java"));
        Run run = carve(
                "extract",
                "modulith",
                "--module",
                "billing",
                "--project",
                dir.toString(),
                "--proposal",
                proposal.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("no module 'billing'").contains("coupon");
    }

    @Test
    void theModuleOptionIsRequired() {
        Run run = carve("extract", "modulith");
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.err()).contains("--module");
    }
}
